package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.internal.tls.ServerTls;
import java.io.IOException;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine: the two listeners (STARTTLS submission and implicit TLS), a thread per session, and the bound on
 * concurrent sessions. {@link #close()} ends every session and returns within a bound.
 *
 * <p>A connection counts against {@code maxSessions} from the moment it is accepted, before any TLS handshake, and
 * session threads come from a pool of at most {@code maxSessions} threads; so however clients behave, the server
 * runs at most {@code maxSessions} session threads, two accept threads and the watchdog (docs/robustness.md
 * "Limits"). A connection over the cap is answered by the accept thread: on the STARTTLS port with the 421, on the
 * implicit-TLS port (where no TLS exists yet to carry a reply) by closing it without a word.
 */
public final class SmtpServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SmtpServer.class.getName());
    private static final long STOP_MILLIS = 2_000;
    private static final long IDLE_THREAD_SECONDS = 10;

    private final SmtpConfig config;
    private final SmtpBackend backend;
    private final ServerTls tls;
    private final FaultEffects faults;
    private final Set<SmtpSession> sessions = ConcurrentHashMap.newKeySet();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger active = new AtomicInteger();
    private final ExecutorService executor;
    private volatile SmtpListener submission;
    private volatile SmtpListener implicit;
    private volatile Thread watchdog;

    /** Creates a stopped engine. */
    public SmtpServer(SmtpConfig config, SmtpBackend backend, ServerTls tls, FaultHook faults) {
        this.config = config;
        this.backend = backend;
        this.tls = tls;
        this.faults = new FaultEffects(faults, tls);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(config.maxSessions(), config.maxSessions(),
                IDLE_THREAD_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads());
        pool.allowCoreThreadTimeOut(true);
        this.executor = pool;
    }

    /**
     * Binds both ports and starts accepting; returns once both accept connections.
     *
     * @throws PortUnavailableException when a port must be bound and cannot be
     */
    public void start(int submissionPort, int implicitTlsPort, boolean strictPorts) throws IOException {
        submission = SmtpListener.open(config.bindAddress(), "STARTTLS", submissionPort, strictPorts, false,
                this::accept);
        try {
            implicit = SmtpListener.open(config.bindAddress(), "SSL", implicitTlsPort, strictPorts, true,
                    this::accept);
        } catch (IOException e) {
            submission.close();
            throw e;
        }
        Thread thread = new Thread(this::watchWrites, "fake-gmail-" + submission.port() + "-watchdog");
        thread.setDaemon(true);
        thread.start();
        watchdog = thread;
    }

    /** Closes sessions whose client stopped reading: a blocked write has no deadline of its own. */
    private void watchWrites() {
        long limit = config.idleTimeout().toMillis();
        long handshake = config.handshakeTimeout().toMillis();
        long tick = Math.max(10, Math.min(1_000, Math.min(limit, handshake) / 4));
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(tick);
                sessions.forEach(session -> session.closeIfStalled(limit, handshake));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        Thread watcher = watchdog;
        if (watcher != null) {
            watcher.interrupt();
        }
        executor.shutdown();
        sessions.forEach(SmtpSession::close);
        try {
            if (!executor.awaitTermination(STOP_MILLIS, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                LOG.log(System.Logger.Level.WARNING, "sessions still running after stop: {0}", sessions.size());
            }
            for (Thread thread : threads) {
                thread.join(STOP_MILLIS);
            }
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

    /** Takes a session slot; false when the server already has its maximum. */
    private boolean enter() {
        if (active.incrementAndGet() > config.maxSessions()) {
            active.decrementAndGet();
            return false;
        }
        return true;
    }

    void leave(SmtpSession session) {
        if (sessions.remove(session)) {
            active.decrementAndGet();
        }
    }

    private void accept(Socket client, boolean implicitTls) {
        if (!enter()) {
            refuse(client, implicitTls);
            return;
        }
        SmtpSession session = new SmtpSession(this, client, implicitTls);
        sessions.add(session);
        try {
            executor.execute(session);
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

    private ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            int port = submission == null ? 0 : submission.port();
            Thread thread = new Thread(runnable, "fake-gmail-" + port + "-session-" + count.incrementAndGet());
            thread.setDaemon(true);
            threads.removeIf(t -> !t.isAlive());
            threads.add(thread);
            return thread;
        };
    }
}
