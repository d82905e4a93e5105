package dev.fakegmail.junit;

import dev.fakegmail.server.GmailSmtpProfile;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/** Sends mail the way an application does: Angus Mail's {@link Transport}. */
public final class Mail {
    private Mail() {
    }

    /** Sends a short text message from the profile's account. */
    public static void send(GmailSmtpProfile profile, String to, String subject) throws MessagingException {
        send(profile.session(), profile.username(), to, subject);
    }

    /** Sends a short text message through a ready session. */
    public static void send(Session session, String from, String to, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject);
        message.setText("Hello from " + from);
        Transport.send(message);
    }
}
