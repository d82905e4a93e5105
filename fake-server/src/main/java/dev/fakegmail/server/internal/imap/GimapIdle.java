package dev.fakegmail.server.internal.imap;

import com.icegreen.greenmail.imap.ImapRequestLineReader;
import com.icegreen.greenmail.imap.ImapResponse;
import com.icegreen.greenmail.imap.ImapSession;
import com.icegreen.greenmail.imap.ProtocolException;
import com.icegreen.greenmail.imap.commands.CommandParser;
import com.icegreen.greenmail.store.FolderException;
import java.net.SocketTimeoutException;
import java.util.function.IntConsumer;

/**
 * IDLE (RFC 2177, docs/gmail-imap.md §5): Gmail's {@code + idling}, then every change to the selected folder —
 * {@code * n EXISTS} for a message filed there, {@code * n EXPUNGE}, flag updates — pushed while the client waits,
 * until {@code DONE} or the idle timeout.
 *
 * <p>Why not GreenMail's IDLE: it writes the changes from the thread that files the message, so one client that
 * stops reading would block the filing of every message, and it waits for {@code DONE} without any deadline. Here
 * the session's own thread waits for {@code DONE} in short reads of {@value #TICK_MILLIS} ms and, between them,
 * writes what GreenMail recorded for the session's selected folder; a message therefore shows within about that
 * long after it is filed, and a stalled write holds only this session (the watchdog closes it).
 */
final class GimapIdle {
    /** How long one wait for DONE lasts before recorded changes are pushed. */
    static final int TICK_MILLIS = 100;
    private static final int DONE_LINE_LIMIT = 64;

    private final ImapWire wire;
    private final IntConsumer readTimeout;
    private final long idleMillis;

    /**
     * @param readTimeout sets the socket's read timeout in milliseconds
     * @param idleMillis  the session's idle timeout: the read timeout outside IDLE and the longest IDLE
     */
    GimapIdle(ImapWire wire, IntConsumer readTimeout, long idleMillis) {
        this.wire = wire;
        this.readTimeout = readTimeout;
        this.idleMillis = idleMillis;
    }

    /**
     * Runs one {@code IDLE}; returns false when the idle timeout passed without {@code DONE} (the caller says
     * goodbye). The reader is left on the line feed of the {@code DONE} line, as after any command.
     */
    boolean idle(String tag, ImapRequestLineReader request, CommandParser parser, ImapSession session,
                 ImapResponse response) throws ProtocolException {
        parser.endLine(request);
        request.consume(); // the line feed: the client may only send DONE now
        push(session, response);
        wire.reply(GimapReply.IDLING);
        long deadline = System.nanoTime() + idleMillis * 1_000_000L;
        readTimeout.accept(TICK_MILLIS);
        try {
            while (!inputArrived(request)) {
                push(session, response);
                if (System.nanoTime() - deadline > 0) {
                    return false;
                }
            }
        } finally {
            readTimeout.accept((int) Math.min(Integer.MAX_VALUE, idleMillis));
        }
        String line = restOfLine(request);
        push(session, response);
        wire.reply(line.equalsIgnoreCase("DONE") ? GimapReply.IDLE_OK : GimapReply.IDLE_NOT_DONE, tag);
        return true;
    }

    private static boolean inputArrived(ImapRequestLineReader request) throws ProtocolException {
        try {
            request.nextChar();
            return true;
        } catch (ProtocolException e) {
            if (e.getCause() instanceof SocketTimeoutException) {
                return false;
            }
            throw e;
        }
    }

    /** Writes what changed in the selected folder since the last report (nothing when nothing did). */
    private static void push(ImapSession session, ImapResponse response) throws ProtocolException {
        try {
            session.unsolicitedResponses(response);
        } catch (FolderException e) {
            throw new ProtocolException("cannot report the changes of the selected folder: " + e.getMessage());
        }
    }

    /** The line up to its line feed (not consumed), without CR; at most {@value #DONE_LINE_LIMIT} characters kept. */
    private static String restOfLine(ImapRequestLineReader request) throws ProtocolException {
        StringBuilder line = new StringBuilder();
        for (char c = request.nextChar(); c != '\n'; c = request.nextChar()) {
            request.consume();
            if (c != '\r' && line.length() <= DONE_LINE_LIMIT) {
                line.append(c);
            }
        }
        return line.toString();
    }
}
