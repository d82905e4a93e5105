package dev.fakegmail.junit.spring;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static dev.fakegmail.assertions.FakeGmailAssertions.assertThatGmailRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.junit.InjectGmail;
import dev.fakegmail.server.AppPassword;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailSmtpProfile;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * {@code @FakeGmail} on a {@code @SpringBootTest} with nothing else: Spring Boot's {@code JavaMailSender} sends to
 * the fake over verified TLS, the test is injected the same server, the context's app password survives the reset
 * before each test, and a test that revokes it sees the next send fail while the test after it is clean again.
 */
@FakeGmail
@SpringBootTest(classes = MailApps.BootMail.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpringBootMailTest {

    @InjectGmail
    static GmailSmtpProfile staticProfile;

    @Autowired
    JavaMailSender sender;

    @Autowired
    Environment environment;

    @Test
    @Order(1)
    void bootsSenderDeliversToTheInjectedServerOverVerifiedTls(FakeGmailServer gmail, GmailSmtpProfile profile) {
        sender.send(MailApps.message(profile.username(), "Over the fake"));

        assertThat(gmail).singleMessage().hasSubject("Over the fake").hasTo("bob@example.com")
                .wasSentOverTls().wasAuthenticatedAs("user@gmail.com");
        assertThat(environment.getProperty("spring.mail.host")).isEqualTo(gmail.hostName());
        assertThat(environment.getProperty("spring.mail.port")).isEqualTo(Integer.toString(gmail.smtpPort()));
        assertThat(environment.getProperty("spring.mail.username")).isEqualTo("user@gmail.com");
        assertThat(environment.getProperty("spring.mail.password")).isEqualTo(profile.password());
        assertThat(staticProfile).isEqualTo(profile);
    }

    @Test
    @Order(2)
    void aChangedPasswordMakesTheNextSendFail(GmailAccount account, FakeGmailServer gmail) {
        account.changePassword("the owner changed it");

        assertThatThrownBy(() -> sender.send(MailApps.message("user@gmail.com", "Refused")))
                .isInstanceOf(MailAuthenticationException.class)
                .satisfies(thrown -> assertThatGmailRejected(thrown).isBadCredentials());
        assertThat(gmail).hasReceived(0);
    }

    @Test
    @Order(3)
    void theTestAfterItIsCleanAgain(FakeGmailServer gmail) {
        sender.send(MailApps.message("user@gmail.com", "Accepted again"));

        assertThat(gmail).singleMessage().hasSubject("Accepted again");
    }

    @Test
    @Order(4)
    void aRevokedAppPasswordMakesTheNextSendFail(GmailAccount account, AppPassword appPassword) {
        account.revoke(appPassword);

        assertThatThrownBy(() -> sender.send(MailApps.message("user@gmail.com", "Refused")))
                .isInstanceOf(MailAuthenticationException.class);
    }

    @Test
    @Order(5)
    void andTheTestAfterThatIsCleanToo(FakeGmailServer gmail, AppPassword appPassword) {
        sender.send(MailApps.message("user@gmail.com", "Accepted once more"));

        assertThat(gmail).singleMessage().hasSubject("Accepted once more");
        assertThat(environment.getProperty("spring.mail.password")).isEqualTo(appPassword.value());
    }

    @Nested
    class NestedTests {
        @Autowired
        JavaMailSender nestedSender;

        @Test
        void shareTheContextAndItsServer(FakeGmailServer gmail) {
            assertThat(nestedSender).isSameAs(sender);

            nestedSender.send(MailApps.message("user@gmail.com", "From a nested class"));

            assertThat(gmail).singleMessage().hasSubject("From a nested class");
            assertThat(environment.getProperty("spring.mail.port")).isEqualTo(Integer.toString(gmail.smtpPort()));
        }
    }
}
