package dev.fakegmail.samples.alias;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Objects;

/**
 * Sends notifications as {@code "Company <noreply@company.example>"} through a Gmail account.
 *
 * <p>Gmail keeps that {@code From:} only when {@code noreply@company.example} is a verified "Send mail as" address of
 * the account (Gmail settings → Accounts → Send mail as). Otherwise it silently replaces the address with the
 * account's own and keeps the display name, so customers see {@code Company <sales.team@gmail.com>} and reply to
 * it. Nothing fails: only the received message shows it.
 */
public final class NoReplyNotifier {
    /** The address the notifications should come from. */
    public static final String NO_REPLY = "noreply@company.example";
    /** The display name of the sender. */
    public static final String DISPLAY_NAME = "Company";

    private final Session session;

    /** A notifier that sends through the Gmail account of {@code session}. */
    public NoReplyNotifier(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Sends a notification from {@value #DISPLAY_NAME} &lt;{@value #NO_REPLY}&gt;. */
    public void notify(String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(NO_REPLY, DISPLAY_NAME, "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }
}
