package dev.fakegmail.samples.spring;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static dev.fakegmail.assertions.FakeGmailAssertions.assertThatGmailRejected;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.Fault;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.Stage;
import dev.fakegmail.server.TlsFailure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * The Spring Boot application against the fake Gmail in detail (the README's {@link WelcomeMailerTest} is the short
 * version, and shares this class's cached context and fake): the sender's account, a revoked app password, the host
 * name check, and the context's app password surviving the reset before each test.
 */
@FakeGmail
@SpringBootTest(classes = NewsletterApplication.class)
class NewsletterApplicationTest {

    @Autowired
    WelcomeMailer welcomeMailer;

    @Test
    void theMailIsSentFromTheAccountTheApplicationLogsInWith(FakeGmailServer gmail, GmailSmtpProfile profile) {
        welcomeMailer.welcome("zoe@example.com", "Zoë");

        assertThat(gmail).singleMessage()
                .isFrom(profile.username())
                .hasTo("zoe@example.com")
                .hasTextContaining("thanks for subscribing")
                .hasHtmlContaining("<b>Zoë</b>")
                .wasAuthenticatedAs(profile.username());
    }

    @Test
    void aRevokedAppPasswordSurfacesAsMailAuthenticationException(FakeGmailServer gmail, GmailAccount account) {
        account.changePassword("the-owner-changed-it");         // revokes every app password, as Google does

        assertThatThrownBy(() -> welcomeMailer.welcome("zoe@example.com", "Zoë"))
                .isInstanceOf(MailAuthenticationException.class)
                .satisfies(thrown -> assertThatGmailRejected(thrown).isBadCredentials());
        assertThat(gmail).hasReceived(0);
    }

    @Test
    void checksTheHostNameOfTheCertificate(FakeGmailServer gmail) {
        gmail.faults().on(Stage.STARTTLS).once().inject(Fault.tls(TlsFailure.WRONG_HOST_NAME));

        assertThatThrownBy(() -> welcomeMailer.welcome("zoe@example.com", "Zoë"))
                .isInstanceOf(MailSendException.class)
                .hasStackTraceContaining("No subject alternative DNS name matching localhost");
        assertThat(gmail).hasReceived(0);
    }

    @Test
    void theSameContextSendsAgainAfterTheResetOfTheAccount(FakeGmailServer gmail) {
        welcomeMailer.welcome("bob@example.com", "Bob");

        assertThat(gmail).singleMessage().hasTo("bob@example.com");
    }
}
