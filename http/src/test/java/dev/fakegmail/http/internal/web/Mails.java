package dev.fakegmail.http.internal.web;

import dev.fakegmail.server.GmailSmtpProfile;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/** Messages the web tests send through the fake's SMTP with Angus Mail. */
final class Mails {
    private Mails() {
    }

    static void sendText(GmailSmtpProfile profile, String to, String subject, String text) throws MessagingException {
        MimeMessage message = start(profile, to, subject);
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    /** {@code multipart/mixed}: an alternative of text and HTML, then one attachment; From: {@code from}. */
    static void sendRich(GmailSmtpProfile profile, String from, String to, String subject, String text, String html,
                         String fileName, byte[] attachment, String attachmentType) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setContent(html, "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", plain, rich);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, attachmentType)));
        file.setFileName(fileName);
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMessage message = start(profile, to, subject);
        message.setFrom(from);
        message.setContent(new MimeMultipart("mixed", body, file));
        Transport.send(message);
    }

    /** HTML only. */
    static void sendHtml(GmailSmtpProfile profile, String to, String subject, String html) throws MessagingException {
        MimeMessage message = start(profile, to, subject);
        message.setContent(html, "text/html; charset=UTF-8");
        Transport.send(message);
    }

    private static MimeMessage start(GmailSmtpProfile profile, String to, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(profile.session());
        message.setFrom(profile.username());
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        return message;
    }
}
