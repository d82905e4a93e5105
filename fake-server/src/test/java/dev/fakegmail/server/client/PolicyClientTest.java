package dev.fakegmail.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.Fault;
import dev.fakegmail.server.GmailFault;
import dev.fakegmail.server.Stage;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.TestClock;
import jakarta.mail.AuthenticationFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Gmail's policies as a real client (Angus Mail) meets them: OAuth, the daily limit, the From rewrite. */
class PolicyClientTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}: Angus reports this challenge. */
    private static final String XOAUTH2_ERROR_CHALLENGE =
            "eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==";

    private final TestClock clock = TestClock.system();
    private FakeGmailServer gmail;
    private GmailAccount alice;

    @BeforeEach
    void start() {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).clock(clock)
                .account(AccountSettings.of("alice@gmail.com").withDailySendingLimit(2)).build().start();
        alice = gmail.defaultAccount();
    }

    @AfterEach
    void stop() {
        gmail.close();
    }

    @Test
    void anOAuthProfileSendsWithXoauth2UntilItsTokenExpires() throws Exception {
        GmailSmtpProfile oauth = gmail.oauthProfile(alice);
        assertThat(oauth.javaMailProperties().getProperty("mail.smtp.auth.mechanisms")).isEqualTo("XOAUTH2");

        Transport.send(message(oauth.session(), "alice@gmail.com", "with a token"));
        assertThat(gmail.awaitMessages(1, WAIT).get(0).authMechanism()).isEqualTo("XOAUTH2");

        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> Transport.send(message(oauth.session(), "alice@gmail.com", "expired")))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("334 " + XOAUTH2_ERROR_CHALLENGE);
        Transport.send(message(gmail.oauthProfile(alice).session(), "alice@gmail.com", "refreshed"));
        assertThat(gmail.awaitMessages(2, WAIT)).extracting(ReceivedMessage::subject)
                .containsExactly("with a token", "refreshed");
    }

    @Test
    void theDailyLimitSurfacesAsASendFailure() throws Exception {
        Session session = gmail.profile().session();
        Transport.send(message(session, "alice@gmail.com", "one"));
        Transport.send(message(session, "alice@gmail.com", "two"));

        assertThatThrownBy(() -> Transport.send(message(session, "alice@gmail.com", "three")))
                .isInstanceOf(SendFailedException.class)
                .hasMessageContaining("550-5.4.5 Daily user sending limit exceeded.");
        clock.advance(Duration.ofDays(1));
        Transport.send(message(session, "alice@gmail.com", "next day"));
        assertThat(gmail.awaitMessages(3, WAIT)).hasSize(3);
    }

    @Test
    void aRateLimitedDataSurfacesAsThe421EvenThoughTheServerCloses() throws Exception {
        gmail.faults().on(Stage.DATA).once().inject(Fault.gmail(GmailFault.RATE_LIMITED));
        Session session = gmail.profile().session();

        assertThatThrownBy(() -> Transport.send(message(session, "alice@gmail.com", "too fast")))
                .isInstanceOf(SMTPSendFailedException.class)
                .hasMessageStartingWith("421 4.3.0 Temporary System Problem.  Try again later (10). ");
        Transport.send(message(session, "alice@gmail.com", "later"));
        assertThat(gmail.awaitMessages(1, WAIT)).extracting(ReceivedMessage::subject).containsExactly("later");
    }

    @Test
    void aFromThatIsNotVerifiedIsRewrittenAndAVerifiedAliasIsKept() throws Exception {
        Session session = gmail.profile().session();
        Transport.send(message(session, "noreply@company.example", "unverified"));
        alice.addSendAsAlias("noreply@company.example");
        Transport.send(message(session, "noreply@company.example", "verified"));

        ReceivedMessage unverified = gmail.awaitMessages(2, WAIT).get(0);
        assertThat(unverified.from()).isEqualTo("Company <alice@gmail.com>");
        assertThat(unverified.originalFrom()).contains("Company <noreply@company.example>");
        assertThat(new String(unverified.submittedBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("From: Company <noreply@company.example>");
        ReceivedMessage verified = gmail.receivedMessages().get(1);
        assertThat(verified.from()).isEqualTo("Company <noreply@company.example>");
        assertThat(verified.originalFrom()).isEmpty();
        assertThat(verified.header("Received").get(0)).contains("by smtp.gmail.com with ESMTPSA id "
                + verified.sessionId()).contains("version=TLS1_3 cipher=" + verified.tlsCipher());
        assertThat(gmail.mailbox("alice@gmail.com", "[Gmail]/Sent Mail").get(0).getFrom()[0].toString())
                .isEqualTo("Company <alice@gmail.com>");
    }

    private static MimeMessage message(Session session, String from, String subject)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, "Company"));
        message.setRecipients(Message.RecipientType.TO, "bob@example.com");
        message.setSubject(subject);
        message.setText("body");
        return message;
    }
}
