package dev.fakegmail.samples.boot4;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static dev.fakegmail.assertions.FakeGmailAssertions.assertThatGmailRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.samples.spring.NewsletterApplication;
import dev.fakegmail.samples.spring.WelcomeMailer;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.MailAuthenticationException;

/**
 * The newsletter application on Spring Boot 4 and JUnit 6, with {@code spring.mail.test-connection=true}: Spring
 * Boot logs in to the fake while the context starts, through the properties {@code @FakeGmail} set.
 */
@FakeGmail
@SpringBootTest(classes = NewsletterApplication.class, properties = "spring.mail.test-connection=true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Boot4NewsletterTest {

    @Autowired
    WelcomeMailer welcomeMailer;

    @Test
    @Order(1)
    void runsOnSpringBoot4AndJUnit6() {
        assertThat(SpringBootVersion.getVersion()).startsWith("4.");
        assertThat(Test.class.getPackage().getImplementationVersion()).startsWith("6.");
    }

    @Test
    @Order(2)
    void sendsTheWelcomeMailOverVerifiedTls(FakeGmailServer gmail) {
        welcomeMailer.welcome("zoe@example.com", "Zoë");

        assertThat(gmail).singleMessage().hasSubject("Welcome to the newsletter, Zoë").wasSentOverTls()
                .wasAuthenticatedAs("user@gmail.com");
    }

    @Test
    @Order(3)
    void aChangedPasswordMakesTheNextSendFail(FakeGmailServer gmail, GmailAccount account) {
        account.changePassword("the-owner-changed-it");

        assertThatThrownBy(() -> welcomeMailer.welcome("zoe@example.com", "Zoë"))
                .isInstanceOf(MailAuthenticationException.class)
                .satisfies(thrown -> assertThatGmailRejected(thrown).isBadCredentials());
        assertThat(gmail).hasReceived(0);
    }

    @Test
    @Order(4)
    void theTestAfterItIsCleanAgain(FakeGmailServer gmail) {
        welcomeMailer.welcome("bob@example.com", "Bob");

        assertThat(gmail).singleMessage().hasTo("bob@example.com");
    }

    @Nested
    class InANestedClass {
        @Autowired
        WelcomeMailer nestedMailer;

        @Test
        void theContextAndTheFakeAreTheEnclosingClasss(FakeGmailServer gmail) {
            assertThat(nestedMailer).isSameAs(welcomeMailer);

            nestedMailer.welcome("ann@example.com", "Ann");

            assertThat(gmail).singleMessage().hasTo("ann@example.com");
        }
    }
}
