package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.Fault;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;

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

    /** An injected fault's reply instead of the command's; a closing one ends the session. */
    void answer(FaultAction.SessionReply wire, boolean closes) throws IOException {
        byte[] bytes = wire.bytes(sessionId);
        last = ReplySummary.of(bytes);
        connection.write(bytes);
        open = open && !closes;
    }

    /** An injected drop: the session ends before the command, after processing it (silently), or after its reply. */
    FaultAction.Strike drop(Fault.Drop.When when) {
        open = false;
        return switch (when) {
            case BEFORE_PROCESSING -> FaultAction.Strike.CONSUMED;
            case AFTER_PROCESSING -> {
                silent = true;
                yield FaultAction.Strike.PROCEED;
            }
            case AFTER_REPLY -> FaultAction.Strike.PROCEED;
        };
    }

    /** An injected delay: what was queued goes out, then the session waits before handling the command. */
    void pause(Duration delay) throws IOException {
        connection.flush();
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped during an injected delay");
        }
    }
}
