package dev.fakegmail.server.internal.imap;

import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.imap.ImapSessionImpl;
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
    private final String id = sessionId();
    private volatile Socket socket;

    GimapSession(GimapServer server, Socket plain) {
        this.server = server;
        this.plain = plain;
        this.socket = plain;
    }

    @Override
    public void run() {
        boolean entered = server.enter();
        try {
            SSLSocket secured = server.tls().upgrade(plain);
            socket = secured;
            secured.setSoTimeout((int) server.config().handshakeTimeout().toMillis());
            secured.startHandshake();
            secured.setSoTimeout((int) server.config().idleTimeout().toMillis());
            converse(secured, entered);
        } catch (SocketTimeoutException e) {
            LOG.log(System.Logger.Level.DEBUG, "IMAP session {0} timed out", id);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(System.Logger.Level.DEBUG, "IMAP session {0} ended: {1}", id, e.getMessage());
        } finally {
            close();
            server.leave(this, entered);
        }
    }

    private void converse(SSLSocket secured, boolean entered) throws IOException {
        LiteralGuard in = new LiteralGuard(new BufferedInputStream(secured.getInputStream(), 8192), MAX_LINE,
                MAX_LITERAL);
        BufferedOutputStream out = new BufferedOutputStream(secured.getOutputStream(), 8192);
        ImapWire wire = new ImapWire(out);
        if (!entered) {
            wire.reply(GimapReply.BYE_TOO_MANY_SESSIONS);
            return;
        }
        String clientIp = secured.getInetAddress().getHostAddress();
        wire.reply(GimapReply.GREETING, clientIp, id);
        MailStore store = server.backend().store();
        ImapSessionImpl session = new ImapSessionImpl(store.imapHost(), store.userManager(),
                new ImapHandler(store.userManager(), store.imapHost(), secured), clientIp);
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

    /** Closes the connection; the session thread ends soon after. */
    void close() {
        try {
            socket.close();
            plain.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing IMAP session {0}: {1}", id, e.getMessage());
        }
    }
}
