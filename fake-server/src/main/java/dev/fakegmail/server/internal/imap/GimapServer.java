package dev.fakegmail.server.internal.imap;

import dev.fakegmail.server.internal.net.FirstByteGate;
import dev.fakegmail.server.internal.net.Listener;
import dev.fakegmail.server.internal.net.SessionCap;
import dev.fakegmail.server.internal.net.SessionThreads;
import dev.fakegmail.server.internal.net.Watchdog;
import dev.fakegmail.server.internal.smtp.SmtpConfig;
import dev.fakegmail.server.internal.tls.ServerTls;
import java.io.IOException;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

/**
 * The IMAP door, like {@code imap.gmail.com:993}: one implicit-TLS port, a thread per session, and the same limits,
 * timeouts and TLS material as SMTP (docs/gmail-imap.md §1, §6). Gmail's login, greeting and replies are in front
 * ({@link GimapSession}); GreenMail's IMAP commands run behind on the server's mailboxes.
 *
 * <p>As on 465, a connection first waits for its first byte in a {@link FirstByteGate} and takes one of
 * {@code maxSessions} sessions only once it spoke; sessions run on a pool of at most {@code maxSessions} threads. A
 * client over the cap gets {@code * BYE [ALERT] Too many simultaneous connections.} on the gate's thread, within the
 * handshake deadline. A watchdog closes a session whose TLS handshake outlives its deadline or whose client stopped
 * reading for longer than the idle timeout. So the door runs at most {@code 2 * maxSessions} threads, its accept
 * thread and its watchdog, all named {@code fake-gmail-<port>-…}.
 */
public final class GimapServer implements AutoCloseable {
    private static final long STOP_MILLIS = 2_000;

    private final SmtpConfig config;
    private final ImapBackend backend;
    private final ServerTls tls;
    private final Set<GimapSession> sessions = ConcurrentHashMap.newKeySet();
    private final SessionCap cap;
    private final SessionThreads threads;
    private final FirstByteGate gate;
    private final LiteralBudget literals = LiteralBudget.ofHeap(GimapSession.MAX_LITERAL);
    private volatile Listener listener;
    private volatile Watchdog watchdog;

    /** A stopped IMAP door; {@code config} supplies the bind address, timeouts and session bound. */
    public GimapServer(SmtpConfig config, ImapBackend backend, ServerTls tls) {
        this.config = config;
        this.backend = backend;
        this.tls = tls;
        this.cap = new SessionCap(config.maxSessions());
        this.threads = new SessionThreads(config.maxSessions(), () -> "fake-gmail-" + boundPort() + "-session-");
        this.gate = new FirstByteGate(config.maxSessions(), config.firstByteTimeout(),
                () -> "fake-gmail-" + boundPort() + "-gate-", this::accept);
    }

    /**
     * Binds the port (the preferred one when it can, else a free one unless strict) and starts accepting.
     *
     * @throws IOException a {@code PortUnavailableException} when the port must be bound and cannot be
     */
    public void start(int preferredPort, boolean strictPorts) throws IOException {
        listener = Listener.open(config.bindAddress(), "IMAP", preferredPort, strictPorts, gate::admit);
        long idle = config.idleTimeout().toMillis();
        long handshake = config.handshakeTimeout().toMillis();
        watchdog = Watchdog.start("fake-gmail-" + listener.port() + "-watchdog", Math.min(idle, handshake),
                () -> sessions.forEach(session -> session.closeIfStalled(idle, handshake)));
    }

    /** The bound port. */
    public int port() {
        return listener.port();
    }

    private int boundPort() {
        Listener bound = listener;
        return bound == null ? 0 : bound.port();
    }

    /** Stops accepting, closes every session, and waits (boundedly) for their threads. */
    @Override
    public void close() {
        Listener bound = listener;
        if (bound != null) {
            bound.close();
        }
        Watchdog watcher = watchdog;
        if (watcher != null) {
            watcher.close();
        }
        gate.close();
        threads.shutdown();
        sessions.forEach(GimapSession::abort);
        try {
            threads.join(STOP_MILLIS);
            gate.join(STOP_MILLIS);
            if (watcher != null) {
                watcher.join(STOP_MILLIS);
            }
            if (bound != null) {
                bound.join(STOP_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    SmtpConfig config() {
        return config;
    }

    ImapBackend backend() {
        return backend;
    }

    ServerTls tls() {
        return tls;
    }

    /** The budget every session's large literals share. */
    LiteralBudget literals() {
        return literals;
    }

    void leave(GimapSession session, boolean entered) {
        sessions.remove(session);
        if (entered) {
            cap.leave();
        }
    }

    /** A connection that spoke: a session when the cap allows, else Gmail's goodbye on the gate's thread. */
    private void accept(Socket client) {
        boolean entered = cap.tryEnter();
        GimapSession session = new GimapSession(this, client, entered);
        sessions.add(session);
        if (!entered) {
            session.run();
            return;
        }
        try {
            threads.execute(session);
        } catch (RejectedExecutionException e) {
            session.abort();
            leave(session, true);
        }
    }
}
