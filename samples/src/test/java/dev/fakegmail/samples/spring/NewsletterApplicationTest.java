package dev.fakegmail.samples.spring;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static dev.fakegmail.assertions.FakeGmailAssertions.assertThatGmailRejected;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.junit.InjectGmail;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Spring Boot application against the fake Gmail. Only {@code spring.mail.*} properties change: host, port,
 * username and app password from the injected profile, and an SSL bundle holding the fake's test CA, so that the
 * certificate and the host name are verified for real. The app password is fixed because Spring caches the
 * application context, and with it the password, across the tests of this class.
 */
// README: spring
@FakeGmail(appPassword = "abcd efgh ijkl mnop")
@SpringBootTest(classes = NewsletterApplication.class)
class NewsletterApplicationTest {

    @InjectGmail
    static GmailSmtpProfile profile;

    @DynamicPropertySource
    static void gmailProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> profile.hostName());
        registry.add("spring.mail.port", () -> profile.port());
        registry.add("spring.mail.username", () -> profile.username());
        registry.add("spring.mail.password", () -> profile.password());
        registry.add("spring.ssl.bundle.pem.fake-gmail.truststore.certificate",
                () -> profile.certificateAuthority().pem());
        registry.add("spring.mail.ssl.bundle", () -> "fake-gmail");
    }

    @Autowired
    WelcomeMailer welcomeMailer;
    // README: end

    @Test
    void sendsTheWelcomeMailThroughGmail(FakeGmailServer gmail) {
        welcomeMailer.welcome("zoe@example.com", "Zoë");

        assertThat(gmail).singleMessage()
                .hasSubject("Welcome to the newsletter, Zoë")
                .isFrom(profile.username())
                .hasTo("zoe@example.com")
                .hasTextContaining("thanks for subscribing")
                .hasHtmlContaining("<b>Zoë</b>")
                .wasSentOverTls()
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
