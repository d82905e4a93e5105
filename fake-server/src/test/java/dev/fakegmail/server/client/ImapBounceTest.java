package dev.fakegmail.server.client;

import static dev.fakegmail.server.client.ImapAngusClientTest.send;
import static dev.fakegmail.server.client.ImapAngusClientTest.subjects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.ImapProfile;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Store;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The "done when": log in over IMAP with the profile's app password, find the message just sent in Sent
 * Mail and the bounce for a missing recipient in INBOX; after a password change the same login gets Gmail's failure.
 */
class ImapBounceTest {

    @Test
    void sentMailHoldsTheMessageInboxHoldsTheBounceAndAPasswordChangeLocksImapOut() throws Exception {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0)
                .missingRecipient("Nobody@Example.com").build().start()) {
            send(gmail.profile().session(), "Your quote", "bob@example.com", "nobody@example.com");
            gmail.awaitMessages(1, Duration.ofSeconds(10));
            ImapProfile imap = gmail.imapProfile();

            try (Store store = imap.connect()) {
                assertThat(subjects(store, "[Gmail]/Sent Mail")).containsExactly("Your quote");
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertThat(inbox.getMessageCount()).isEqualTo(1);
                Message bounce = inbox.getMessage(1);
                assertThat(bounce.getSubject()).isEqualTo("Delivery Status Notification (Failure)");
                assertThat(bounce.getFrom()[0].toString())
                        .isEqualTo("Mail Delivery Subsystem <mailer-daemon@googlemail.com>");
                assertThat(bounce.getHeader("X-Failed-Recipients")).containsExactly("nobody@example.com");
                assertThat(bounce.getContentType()).startsWith("multipart/report;")
                        .contains("report-type=delivery-status");
                Multipart report = (Multipart) bounce.getContent();
                assertThat(report.getCount()).isEqualTo(3);
                assertThat(text(report.getBodyPart(0))).contains("** Address not found **",
                        "Your message wasn't delivered to nobody@example.com because the address couldn't be found");
                assertThat(report.getBodyPart(1).getContentType()).isEqualToIgnoringCase("message/delivery-status");
                assertThat(text(report.getBodyPart(1))).contains("Final-Recipient: rfc822; nobody@example.com",
                        "Action: failed", "Status: 5.1.1");
                assertThat(report.getBodyPart(2).getContentType()).isEqualToIgnoringCase("text/rfc822-headers");
                assertThat(text(report.getBodyPart(2))).contains("Subject: Your quote");
                inbox.close(false);
            }
            assertThat(gmail.mailbox("bob@example.com", "INBOX")).hasSize(1);
            assertThat(gmail.mailbox("nobody@example.com", "INBOX")).isEmpty();

            gmail.defaultAccount().changePassword("A-New-Password-3");
            assertThatThrownBy(imap::connect).isInstanceOf(AuthenticationFailedException.class)
                    .hasMessage("[AUTHENTICATIONFAILED] Invalid credentials (Failure)");
        }
    }

    @Test
    void anInboundReplyLandsInTheInbox() throws Exception {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).build().start()) {
            gmail.deliverInbound("USER@gmail.com", ("From: Bob <bob@example.com>\r\nTo: user@gmail.com\r\n"
                    + "Subject: Re: Your quote\r\nIn-Reply-To: <q1@example.com>\r\n\r\nYes please.\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            try (Store store = gmail.imapProfile().connect()) {
                assertThat(subjects(store, "INBOX")).containsExactly("Re: Your quote");
                assertThat(subjects(store, "[Gmail]/All Mail")).containsExactly("Re: Your quote");
                assertThat(subjects(store, "[Gmail]/Sent Mail")).isEmpty();
            }
        }
    }

    private static String text(BodyPart part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
