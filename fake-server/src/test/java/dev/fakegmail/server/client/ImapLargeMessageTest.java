package dev.fakegmail.server.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.ImapProfile;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A 30 MB message sent over SMTP comes back intact over IMAP (docs/gmail-imap.md §6). Isolated: filing and fetching
 * it keeps both cores busy for seconds, which would make the timing-sensitive robustness classes flaky.
 */
@Isolated
class ImapLargeMessageTest {
    private static final int SIZE = 30 * 1024 * 1024;

    @Test
    void aThirtyMegabyteAttachmentIsFetchedIntact() throws Exception {
        byte[] attachment = new byte[SIZE * 3 / 4]; // base64 (4/3, plus line ends) makes the message about 32 MB
        new Random(15).nextBytes(attachment);
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).build().start()) {
            MimeMessage message = new MimeMessage(gmail.profile().session());
            message.setFrom(new InternetAddress(gmail.defaultAccount().address()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("bob@example.com"));
            message.setSubject("big");
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, "application/octet-stream")));
            part.setFileName("big.bin");
            message.setContent(new MimeMultipart(part));
            Transport.send(message);
            gmail.awaitMessages(1, Duration.ofSeconds(60));

            Properties slow = gmail.imapProfile().javaMailProperties(); // filing 30 MB in 4 folders takes a while
            slow.setProperty("mail.imaps.timeout", "300000");            // on a loaded machine; memory is the point
            ImapProfile imap = gmail.imapProfile();
            try (Store store = Session.getInstance(slow).getStore("imaps")) {
                store.connect(imap.hostName(), imap.port(), imap.username(), imap.password());
                Folder sent = store.getFolder("[Gmail]/Sent Mail");
                sent.open(Folder.READ_ONLY);
                Message fetched = sent.getMessage(1);
                assertThat(fetched.getSize()).isBetween(SIZE, 35_000_000);
                MimeMultipart multipart = (MimeMultipart) fetched.getContent();
                try (InputStream in = multipart.getBodyPart(0).getInputStream()) {
                    assertThat(sha256(in)).isEqualTo(MessageDigest.getInstance("SHA-256").digest(attachment));
                }
                sent.close(false);
            }
        }
    }

    private static byte[] sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return digest.digest();
    }
}
