package dev.fakegmail.samples.retry;

import dev.fakegmail.samples.crm.SmtpReply;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends a message through Gmail and tries again after temporary failures, without pretending to know what it
 * cannot know.
 *
 * <p><b>When a retry is safe.</b> A failure with a reply from Gmail is definite: {@code 4xx} (such as
 * {@code 421 4.3.0 Temporary System Problem}) means "not taken, try later" and is retried; {@code 5xx} means "never"
 * and is not. A connection that breaks <em>before</em> the end of the message data is also safe to retry: without
 * the final {@code .} Gmail stores nothing. The sender knows which case it is in because it notes when the message
 * has been written completely.
 *
 * <p><b>When it is not.</b> If the connection breaks after the whole message went out but before Gmail's
 * {@code 250}, Gmail may have stored the message (it was processing it) or not (the connection broke first). No
 * client can tell these apart. {@link AfterDataLoss} chooses:
 * <ul>
 *   <li>{@link AfterDataLoss#RETRY_SAME_MESSAGE_ID} (at least once): send again. If Gmail had not stored it, the
 *       retry delivers it exactly once; if it had, the recipient gets two copies. Both carry the same Message-ID,
 *       which mail clients use to recognise duplicates.</li>
 *   <li>{@link AfterDataLoss#REPORT_UNKNOWN} (at most once): stop and report {@link Delivery.Status#UNKNOWN}, so
 *       that a person or a reconciliation job can check the Sent folder. Nothing is ever sent twice, but a message
 *       Gmail never stored stays unsent.</li>
 * </ul>
 * Every attempt carries the same Message-ID, fixed before the first one.
 */
public final class RetryingSender {

    /** What to do when the connection breaks after the whole message was sent but before Gmail's answer. */
    public enum AfterDataLoss {
        /** Send again with the same Message-ID: nothing is lost, a duplicate is possible and recognisable. */
        RETRY_SAME_MESSAGE_ID,
        /** Stop and report {@link Delivery.Status#UNKNOWN}: nothing is sent twice, a message may be lost. */
        REPORT_UNKNOWN
    }

    private final Session session;
    private final int maxAttempts;
    private final Duration pause;
    private final AfterDataLoss afterDataLoss;

    /**
     * A sender for a Jakarta Mail session that logs in to Gmail.
     *
     * @param session       the SMTP session (host, port, TLS, authenticator)
     * @param maxAttempts   attempts in total, at least 1
     * @param pause         the wait between attempts (Gmail's {@code 421} asks for minutes; tests use zero)
     * @param afterDataLoss what to do when the outcome of a complete attempt is unknown
     */
    public RetryingSender(Session session, int maxAttempts, Duration pause, AfterDataLoss afterDataLoss) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.session = Objects.requireNonNull(session, "session");
        this.maxAttempts = maxAttempts;
        this.pause = Objects.requireNonNull(pause, "pause");
        this.afterDataLoss = Objects.requireNonNull(afterDataLoss, "afterDataLoss");
    }

    /**
     * Sends {@code message}, retrying as described above.
     *
     * @throws MessagingException when the message itself cannot be prepared (not for failures to deliver it)
     */
    public Delivery send(MimeMessage message) throws MessagingException {
        message.saveChanges();                      // fixes the Message-ID once, for every attempt
        String messageId = message.getMessageID();
        List<String> failures = new ArrayList<>();
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            TrackedMessage tracked = new TrackedMessage(message);
            try {
                sendOnce(tracked);
                return new Delivery(Delivery.Status.DELIVERED, attempt, messageId, failures);
            } catch (MessagingException e) {
                Optional<SmtpReply> reply = SmtpReply.in(e);
                failures.add(reply.map(SmtpReply::text).orElse("connection lost: " + e.getMessage()));
                if (reply.isPresent() && !reply.get().isTransient()) {
                    return new Delivery(Delivery.Status.FAILED, attempt, messageId, failures);
                }
                if (reply.isEmpty() && tracked.completelyWritten() && afterDataLoss == AfterDataLoss.REPORT_UNKNOWN) {
                    return new Delivery(Delivery.Status.UNKNOWN, attempt, messageId, failures);
                }
            }
            if (!pauseBeforeRetry(attempt)) {
                break;
            }
        }
        return new Delivery(Delivery.Status.FAILED, failures.size(), messageId, failures);
    }

    private void sendOnce(MimeMessage message) throws MessagingException {
        Transport transport = session.getTransport("smtp");
        try {
            transport.connect();
            transport.sendMessage(message, message.getAllRecipients());
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                // After Gmail's answer (or a broken connection) a failing QUIT changes nothing.
            }
        }
    }

    /** Waits before the next attempt; false when interrupted (the sender then gives up). */
    private boolean pauseBeforeRetry(int attempt) {
        if (attempt < maxAttempts && !pause.isZero()) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** A copy of the message that notes when it has been written out completely. */
    private static final class TrackedMessage extends MimeMessage {
        private volatile boolean written;

        TrackedMessage(MimeMessage source) throws MessagingException {
            super(source);
        }

        @Override
        public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
            super.writeTo(out, ignoreList);
            written = true;
        }

        /** Keeps the Message-ID of the original on every attempt. */
        @Override
        protected void updateMessageID() {
        }

        boolean completelyWritten() {
            return written;
        }
    }
}
