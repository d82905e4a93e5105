package dev.fakegmail.server.internal.imap;

import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.imap.ImapSessionImpl;
import dev.fakegmail.server.internal.net.Stalls;
import dev.fakegmail.server.internal.store.MailStore;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLSocket;

/**
 * One IMAP connection: the TLS handshake, Gmail's greeting, then commands until LOGOUT, a disconnect, the idle
 * timeout or a guard trip (docs/gmail-imap.md §1, §6). The commands themselves are {@link GimapCommands}'.
 */
final class GimapSession implements Runnable {
    /** Gmail's APPENDLIMIT; also the largest literal any command may announce. */
    static final long MAX_LITERAL = 35_651_584L;
    /** The longest command line outside literals (chosen). */
    static final int MAX_LINE = 1 << 20;

    private static final System.Logger LOG = System.getLogger(GimapSession.class.getName());

    private final GimapServer server;
    private final Socket plain;
    private final boolean entered;
    private final String id = sessionId();
    private final Stalls stalls = new Stalls();
    private volatile Socket socket;

    /** A session for {@code plain}; {@code entered} false when over the cap: it only says goodbye. */
    GimapSession(GimapServer server, Socket plain, boolean entered) {
        this.server = server;
        this.plain = plain;
        this.entered = entered;
        this.socket = plain;
    }

    @Override
    public void run() {
        try {
            SSLSocket secured = server.tls().upgrade(plain);
            socket = secured;
            secured.setSoTimeout((int) server.config().handshakeTimeout().toMillis());
            stalls.handshake(secured);
            secured.setSoTimeout((int) server.config().idleTimeout().toMillis());
            converse(secured);
        } catch (SocketTimeoutException e) {
            LOG.log(System.Logger.Level.DEBUG, "IMAP session {0} timed out", id);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(System.Logger.Level.DEBUG, "IMAP session {0} ended: {1}", id, e.getMessage());
        } finally {
            close();
            server.leave(this, entered);
        }
    }

    private void converse(SSLSocket secured) throws IOException {
        LiteralGuard in = new LiteralGuard(new BufferedInputStream(secured.getInputStream(), 8192), MAX_LINE,
                MAX_LITERAL, server.literals());
        try {
            converse(secured, in);
        } finally {
            in.release();
        }
    }

    private void converse(SSLSocket secured, LiteralGuard in) throws IOException {
        BufferedOutputStream out = new BufferedOutputStream(stalls.watch(secured.getOutputStream()), 8192);
        ImapWire wire = new ImapWire(out);
        if (!entered) {
            wire.reply(GimapReply.BYE_TOO_MANY_SESSIONS);
            return;
        }
        String clientIp = secured.getInetAddress().getHostAddress();
        wire.reply(GimapReply.GREETING, clientIp, id);
        MailStore store = server.backend().store();
        IndexedSession session = new IndexedSession(new ImapSessionImpl(store.imapHost(), store.userManager(),
                new ImapHandler(store.userManager(), store.imapHost(), secured), clientIp));
        long idleMillis = server.config().idleTimeout().toMillis();
        GimapIdle idle = new GimapIdle(wire, millis -> readTimeout(secured, millis), idleMillis);
        GimapCommands commands = new GimapCommands(server.backend(), wire, id, clientIp, idle);
        try {
            while (!secured.isClosed() && commands.next(in, out, session)) {
                // one command per turn
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof SocketTimeoutException) {
                wire.reply(GimapReply.BYE_IDLE);
            }
            throw e;
        } finally {
            if (commands.signedIn()) {
                server.backend().unfollow();
            }
        }
        if (in.trip() == LiteralGuard.Trip.LITERAL_TOO_LARGE) {
            wire.reply(GimapReply.BYE_TOO_LARGE);
        } else if (in.trip() == LiteralGuard.Trip.BUDGET_EXHAUSTED) {
            wire.reply(GimapReply.BYE_BUSY);
        } else if (commands.timedOut()) {
            wire.reply(GimapReply.BYE_IDLE);
        }
    }

    private static void readTimeout(SSLSocket socket, int millis) {
        try {
            socket.setSoTimeout(millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An id shaped like Gmail's ({@code u21mb183888216edq}: letter, digits, "mb", digits, letters; §2). */
    private static String sessionId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder id = new StringBuilder(20).append((char) ('a' + random.nextInt(26)));
        id.append(1 + random.nextInt(99)).append("mb");
        id.append(100_000_000 + random.nextInt(900_000_000));
        for (int i = 0; i < 3; i++) {
            id.append((char) ('a' + random.nextInt(26)));
        }
        return id.toString();
    }

    /**
     * Closes the connection when a write has been blocked longer than {@code writeMillis} (a client that stopped
     * reading) or the TLS handshake has run longer than {@code handshakeMillis}.
     */
    void closeIfStalled(long writeMillis, long handshakeMillis) {
        if (stalls.stalled(writeMillis, handshakeMillis)) {
            LOG.log(System.Logger.Level.DEBUG, "IMAP session {0}: the client stalled a write or the TLS handshake", id);
            abort();
        }
    }

    /**
     * Closes the TCP connection under the TLS layer, from another thread: closing the TLS socket itself would wait
     * for a write the client does not drain, and would send alerts into a handshake.
     */
    void abort() {
        try {
            plain.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "aborting IMAP session {0}: {1}", id, e.getMessage());
        }
    }

    /**
     * Ends the connection from the session thread: close_notify (timed, so that the watchdog ends a client that
     * reads nothing), then TCP.
     */
    void close() {
        try {
            stalls.timed(socket::close);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing IMAP session {0}: {1}", id, e.getMessage());
        } finally {
            abort();
        }
    }
}
