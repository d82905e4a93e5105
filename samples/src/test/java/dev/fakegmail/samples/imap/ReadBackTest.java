package dev.fakegmail.samples.imap;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.server.FakeGmailServer;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

// README: imap-read-back
@FakeGmail(missingRecipients = "nobody@example.com")
class ReadBackTest {

    @Test
    void readsTheSentMessageAndTheBounceBack(Session session, Store imap, FakeGmailServer gmail) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom("user@gmail.com");
        message.setRecipients(Message.RecipientType.TO, "nobody@example.com");
        message.setSubject("Your quote");
        message.setText("Here it is.");
        Transport.send(message);

        assertThat(gmail).mailbox("user@gmail.com", "[Gmail]/Sent Mail").containsSubjects("Your quote");
        Folder inbox = imap.getFolder("INBOX");   // imaps, verified certificate, the same app password
        inbox.open(Folder.READ_ONLY);
        assertThat(inbox.getMessage(1).getSubject()).isEqualTo("Delivery Status Notification (Failure)");
    }
}
// README: end
