package dev.fakegmail.samples.plain;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static dev.fakegmail.assertions.FakeGmailAssertions.assertThatGmailRejected;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.SmtpSecurity;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

/** The SMTP profile: the form a person fills in, and a session that never hides a wrong password. */
@FakeGmail(accounts = "alice@gmail.com")
class SmtpProfileTest {

    @Test
    void aProfileFilledInFieldByFieldSends(FakeGmailServer gmail) throws Exception {
        // README: smtp-profile
        GmailSmtpProfile form = GmailSmtpProfile.builder()
                .hostName(gmail.hostName()).port(gmail.sslPort()).type(SmtpSecurity.SSL)
                .username("alice@gmail.com").password(gmail.profile().password())
                .certificateAuthority(gmail.certificateAuthority())
                .build();
        Session session = form.session();
        Transport.send(message(session));                                  // logs in with the profile's password
        Throwable refused = catchThrowable(() -> Transport.send(message(session), "alice@gmail.com", "wrong"));
        assertThatGmailRejected(refused).isBadCredentials();               // a password you give is never replaced
        // README: end

        assertThat(gmail).hasReceivedWithin(1, java.time.Duration.ofSeconds(10)).singleMessage()
                .wasAuthenticatedAs("alice@gmail.com");
    }

    private static MimeMessage message(Session session) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom("alice@gmail.com");
        message.setRecipients(Message.RecipientType.TO, "bob@example.com");
        message.setSubject("From the settings form");
        message.setText("Hello Bob!");
        return message;
    }
}
