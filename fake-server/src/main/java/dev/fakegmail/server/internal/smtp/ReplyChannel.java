package dev.fakegmail.server.internal.smtp;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * Where one session's replies go, and whether the session goes on: closing replies end it, too many errors end it,
 * and injected faults may answer instead of the command, hold it up, or end the session before or after it.
 */
final class ReplyChannel {
    private final SmtpConnection connection;
    private final String sessionId;
    private final int maxErrors;
    private int errors;
    private boolean open = true;
    private boolean silent;
    private String last = "";

    ReplyChannel(SmtpConnection connection, String sessionId, int maxErrors) {
        this.connection = connection;
        this.sessionId = sessionId;
        this.maxErrors = maxErrors;
    }

    /** Queues a reply (unless a drop after processing silenced the session); a closing reply ends the session. */
    void reply(GmailReply reply, Object... args) throws IOException {
        byte[] bytes = reply.bytes(sessionId, args);
        last = ReplySummary.of(bytes);
        if (!silent) {
            connection.write(bytes);
        }
        if (reply.closes()) {
            open = false;
        }
    }

    /** A reply for a syntax, sequence or unknown-command error; too many of them end the session. */
    void error(GmailReply reply, Object... args) throws IOException {
        if (errors >= maxErrors) {
            reply(GmailReply.TOO_MANY_ERRORS);
            return;
        }
        errors++;
        reply(reply, args);
    }

    /** The code and enhanced code of the latest reply ({@code 535 5.7.8}); empty once {@link #taken()}. */
    String taken() {
        String summary = last;
        last = "";
        return summary;
    }

    /** Whether the session reads another command. */
    boolean isOpen() {
        return open;
    }

    /** Ends the session after the current command, without a reply of its own. */
    void end() {
        open = false;
    }

    /** Whether replies are suppressed (an injected drop after processing). */
    boolean silenced() {
        return silent;
    }

    /** Carries out an injected fault; true when it consumed the command (replied instead, or dropped). */
    boolean apply(FaultAction action) throws IOException {
        switch (action.kind()) {
            case REPLY -> {
                byte[] bytes = action.render(sessionId);
                last = ReplySummary.of(bytes);
                connection.write(bytes);
                open = open && !action.closes();
                return true;
            }
            case DELAY -> {
                pause(action);
                return false;
            }
            case DROP_BEFORE -> {
                open = false;
                return true;
            }
            case DROP_AFTER_PROCESSING -> {
                silent = true;
                open = false;
                return false;
            }
            case DROP_AFTER_REPLY -> {
                open = false;
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private void pause(FaultAction action) throws IOException {
        connection.flush();
        try {
            Thread.sleep(action.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped during an injected delay");
        }
    }
}
