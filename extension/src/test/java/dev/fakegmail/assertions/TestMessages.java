package dev.fakegmail.assertions;

import dev.fakegmail.server.Envelope;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.ReceivedMessages;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/** Received messages built without a server, as the fake stores them. */
final class TestMessages {
    static final byte[] PDF = {'%', 'P', 'D', 'F', 1, 2, 3};

    private TestMessages() {
    }

    /**
     * From Alice to Bob and Carol, Cc Dave, Bcc Erin (envelope only); text and HTML alternatives; a PDF and a UTF-8
     * text attachment.
     */
    static ReceivedMessage report() throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("Alice <alice@gmail.com>");
        message.setRecipients(Message.RecipientType.TO, "bob@example.com, carol@example.com");
        message.setRecipients(Message.RecipientType.CC, "dave@example.com");
        message.setSubject("Quarterly report", "UTF-8");
        message.setHeader("X-Priority", "1");

        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart("Hello Bob,\r\nthe report is attached.\r\n", "plain"));
        alternative.addBodyPart(textPart("<p>Hello <b>Bob</b></p>", "html"));
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment("report.pdf", PDF, "application/pdf"));
        mixed.addBodyPart(attachment("notes.txt", "Grüße".getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8"));
        message.setContent(mixed);
        return received(message, new Envelope("alice@gmail.com", "alice@gmail.com",
                List.of("bob@example.com", "carol@example.com", "dave@example.com", "erin@example.com")));
    }

    /** A plain text message without attachments. */
    static ReceivedMessage plain(String subject, String to) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("alice@gmail.com");
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject);
        message.setText("Plain text only");
        return received(message, new Envelope("alice@gmail.com", "alice@gmail.com", List.of(to)));
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8", subtype);
        return part;
    }

    private static MimeBodyPart attachment(String name, byte[] content, String type) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static ReceivedMessage received(MimeMessage message, Envelope envelope)
            throws MessagingException, IOException {
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return ReceivedMessages.of(envelope, "a1b2c3d4e5", "TLSv1.3", "TLS_AES_256_GCM_SHA384", "PLAIN",
                Instant.parse("2025-01-02T03:04:05Z"), out.toByteArray());
    }
}
