package dev.fakegmail.server;

import java.util.Objects;

/**
 * Gmail refused a message sent with {@link FakeGmailServer#sendAs}: why, and a sentence that names the fix. Each
 * door words it its own way (the Gmail API answers with Google's JSON error, docs/gmail-api.md §6).
 */
public final class MessageRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why Gmail refused the message. */
    public enum Reason {
        /** No {@code To}, {@code Cc} or {@code Bcc} address. */
        NO_RECIPIENT,
        /** A {@code To}, {@code Cc} or {@code Bcc} header that is not a list of addresses. */
        INVALID_RECIPIENT,
        /** Larger than Gmail's 35 MiB message size limit. */
        TOO_LARGE,
        /** The account reached its daily sending limit. */
        DAILY_LIMIT
    }

    private final Reason reason;

    MessageRefusedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why Gmail refused the message. */
    public Reason reason() {
        return reason;
    }
}
