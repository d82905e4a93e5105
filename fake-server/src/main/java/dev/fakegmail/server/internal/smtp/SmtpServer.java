package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.internal.net.FirstByteGate;
import dev.fakegmail.server.internal.net.Listener;
import dev.fakegmail.server.internal.net.SessionCap;
import dev.fakegmail.server.internal.net.SessionThreads;
import dev.fakegmail.server.internal.net.Watchdog;
import dev.fakegmail.server.internal.tls.ServerTls;
import java.io.IOException;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

/**
 * The engine: the two listeners (STARTTLS submission and implicit TLS), a thread per session, and the bound on
 * concurrent sessions. {@link #close()} ends every session and returns within a bound.
 *
 * <p>A connection to the STARTTLS port counts against {@code maxSessions} from the moment it is accepted; one to the
 * implicit-TLS port first waits for its first byte in a {@link FirstByteGate} (at most {@code maxSessions} waiting,
 * the longest waiting closed when one more comes, each at most the first-byte deadline), so that silent connections
 * to 465 never take a session from anyone. Session threads come from a pool of at most {@code maxSessions} threads,
 * the gate has as many: however clients behave, the server runs at most {@code 2 * maxSessions} such threads, two
 * accept threads and the watchdog (docs/robustness.md "Limits"). A connection over the cap is answered without a
 * session thread: on the STARTTLS port with the 421, on the implicit-TLS port (where no TLS exists yet to carry a
 * reply) by closing it without a word.
 */
public final class SmtpServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SmtpServer.class.getName());
    private static final long STOP_MILLIS = 2_000;

    private final SmtpConfig config;
    private final SmtpBackend backend;
    private final ServerTls tls;
    private final FaultEffects faults;
    private final Set<SmtpSession> sessions = ConcurrentHashMap.newKeySet();
    private final SessionCap cap;
    private final SessionThreads threads;
    private final FirstByteGate gate;
    private volatile Listener submission;
    private volatile Listener implicit;
    private volatile Watchdog watchdog;

    /** Creates a stopped engine. */
    public SmtpServer(SmtpConfig config, SmtpBackend backend, ServerTls tls, FaultHook faults) {
        this.config = config;
        this.backend = backend;
        this.tls = tls;
        this.faults = new FaultEffects(faults, tls);
        this.cap = new SessionCap(config.maxSessions());
        this.threads = new SessionThreads(config.maxSessions(), () -> "fake-gmail-" + port(submission) + "-session-");
        this.gate = new FirstByteGate(config.maxSessions(), config.firstByteTimeout(),
                () -> "fake-gmail-" + port(implicit) + "-gate-", socket -> accept(socket, true));
    }

    /**
     * Binds both ports and starts accepting; returns once both accept connections.
     *
     * @throws dev.fakegmail.server.internal.net.PortUnavailableException when a port must be bound and cannot be
     */
    public void start(int submissionPort, int implicitTlsPort, boolean strictPorts) throws IOException {
        submission = Listener.open(config.bindAddress(), "STARTTLS", submissionPort, strictPorts,
                socket -> accept(socket, false));
        try {
            implicit = Listener.open(config.bindAddress(), "SSL", implicitTlsPort, strictPorts, gate::admit);
        } catch (IOException e) {
            submission.close();
            throw e;
        }
        long limit = config.idleTimeout().toMillis();
        long handshake = config.handshakeTimeout().toMillis();
        watchdog = Watchdog.start("fake-gmail-" + submission.port() + "-watchdog", Math.min(limit, handshake),
                () -> sessions.forEach(session -> session.closeIfStalled(limit, handshake)));
    }

    private static int port(Listener listener) {
        return listener == null ? 0 : listener.port();
    }
    /** The bound STARTTLS submission port. */
    public int submissionPort() {
        return submission.port();
    }

    /** The bound implicit-TLS port. */
    public int implicitTlsPort() {
        return implicit.port();
    }

    /** Stops accepting, closes every client socket, and waits (boundedly) for the session threads to end. */
    @Override
    public void close() {
        if (submission != null) {
            submission.close();
        }
        if (implicit != null) {
            implicit.close();
        }
        Watchdog watcher = watchdog;
        if (watcher != null) {
            watcher.close();
        }
        gate.close();
        threads.shutdown();
        sessions.forEach(SmtpSession::close);
        try {
            if (!threads.join(STOP_MILLIS)) {
                LOG.log(System.Logger.Level.WARNING, "sessions still running after stop: {0}", sessions.size());
            }
            gate.join(STOP_MILLIS);
            if (watcher != null) {
                watcher.join(STOP_MILLIS);
            }
            if (submission != null) {
                submission.join(STOP_MILLIS);
            }
            if (implicit != null) {
                implicit.join(STOP_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    SmtpConfig config() {
        return config;
    }

    SmtpBackend backend() {
        return backend;
    }

    ServerTls tls() {
        return tls;
    }

    FaultEffects faults() {
        return faults;
    }

    void leave(SmtpSession session) {
        if (sessions.remove(session)) {
            cap.leave();
        }
    }

    private void accept(Socket client, boolean implicitTls) {
        if (!cap.tryEnter()) {
            refuse(client, implicitTls);
            return;
        }
        SmtpSession session = new SmtpSession(this, client, implicitTls);
        sessions.add(session);
        try {
            threads.execute(session);
        } catch (RejectedExecutionException e) {
            leave(session);
            session.close();
        }
    }

    /**
     * A connection over the cap, answered without a thread of its own: the 421 with a fresh id on the STARTTLS port
     * (a few bytes into an empty socket buffer never block), nothing on the implicit-TLS port; then FIN.
     */
    private static void refuse(Socket client, boolean implicitTls) {
        try (client) {
            if (!implicitTls) {
                client.getOutputStream().write(GmailReply.TEMPORARY_SYSTEM_PROBLEM.bytes(SessionIds.next()));
            }
            client.shutdownOutput();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "refusing a connection over the session cap: {0}", e.getMessage());
        }
    }
}
