package dev.fakegmail.samples.plain;

// README: first-test
import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.server.FakeGmailServer;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

@FakeGmail
class WelcomeMailTest {

    @Test
    void sendsTheWelcomeMail(Session session, FakeGmailServer gmail) throws Exception {
        MimeMessage message = new MimeMessage(session);   // STARTTLS, verified certificate, app password
        message.setFrom("user@gmail.com");
        message.setRecipients(Message.RecipientType.TO, "bob@example.com");
        message.setSubject("Welcome");
        message.setText("Hello Bob!");
        Transport.send(message);

        assertThat(gmail).singleMessage().hasSubject("Welcome").hasTo("bob@example.com").wasSentOverTls();
    }
}
// README: end
