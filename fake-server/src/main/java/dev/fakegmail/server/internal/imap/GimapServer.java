package dev.fakegmail.server.internal.imap;

import dev.fakegmail.server.internal.smtp.SmtpConfig;
import dev.fakegmail.server.internal.smtp.SmtpListener;
import dev.fakegmail.server.internal.tls.ServerTls;
import java.io.IOException;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The IMAP door, like {@code imap.gmail.com:993}: one implicit-TLS port, a thread per session, the same bound on
 * concurrent sessions, idle timeout and TLS material as SMTP (docs/gmail-imap.md §1). Gmail's login, greeting and
 * replies are in front ({@link GimapSession}); GreenMail's IMAP commands run behind on the server's mailboxes.
 */
public final class GimapServer implements AutoCloseable {
    private static final long STOP_MILLIS = 2_000;

    private final SmtpConfig config;
    private final ImapBackend backend;
    private final ServerTls tls;
    private final Set<GimapSession> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger threadCount = new AtomicInteger();
    private final ExecutorService executor;
    private volatile SmtpListener listener;

    /** A stopped IMAP door; {@code config} supplies the bind address, timeouts and session bound. */
    public GimapServer(SmtpConfig config, ImapBackend backend, ServerTls tls) {
        this.config = config;
        this.backend = backend;
        this.tls = tls;
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-gmail-imap-session-" + threadCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Binds the port (the preferred one when it can, else a free one unless strict) and starts accepting.
     *
     * @throws IOException a {@code PortUnavailableException} when the port must be bound and cannot be
     */
    public void start(int preferredPort, boolean strictPorts) throws IOException {
        listener = SmtpListener.open(config.bindAddress(), "IMAP", preferredPort, strictPorts, true,
                (socket, implicit) -> accept(socket));
    }

    /** The bound port. */
    public int port() {
        return listener.port();
    }

    /** Stops accepting, closes every session, and waits (boundedly) for their threads. */
    @Override
    public void close() {
        SmtpListener bound = listener;
        if (bound != null) {
            bound.close();
        }
        executor.shutdown();
        sessions.forEach(GimapSession::close);
        try {
            if (!executor.awaitTermination(STOP_MILLIS, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
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

    /** Counts a session in; false when the server already has its maximum. */
    boolean enter() {
        if (active.incrementAndGet() > config.maxSessions()) {
            active.decrementAndGet();
            return false;
        }
        return true;
    }

    void leave(GimapSession session, boolean entered) {
        sessions.remove(session);
        if (entered) {
            active.decrementAndGet();
        }
    }

    private void accept(Socket client) {
        GimapSession session = new GimapSession(this, client);
        sessions.add(session);
        try {
            executor.execute(session);
        } catch (RejectedExecutionException e) {
            sessions.remove(session);
            session.close();
        }
    }
}
