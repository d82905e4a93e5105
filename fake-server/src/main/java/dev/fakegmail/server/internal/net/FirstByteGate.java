package dev.fakegmail.server.internal.net;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The waiting room of an implicit-TLS port (465, 993), where the client speaks first: a connection waits here for its
 * first byte without taking a session, so that a crowd of connections that never send a ClientHello cannot fill the
 * session cap and starve every door of the server for the length of the handshake deadline (docs/robustness.md
 * "Limits").
 *
 * <p>At most {@code capacity} connections wait, each on one of {@code capacity} threads, for at most the first-byte
 * deadline. When one more arrives while the room is full, the connection that has waited longest is closed without a
 * word: a real client sends its ClientHello within milliseconds of connecting, so only a silent one is ever that old.
 * A connection whose first byte arrived is handed on (on the gate's thread, which must not be held long); the byte
 * stays unread for the TLS layer. One that stays silent past the deadline, or closes, is closed.
 */
public final class FirstByteGate implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FirstByteGate.class.getName());

    private final int capacity;
    private final int deadlineMillis;
    private final Consumer<Socket> next;
    private final SessionThreads threads;
    private final Deque<Socket> waiting = new ArrayDeque<>();
    private boolean closed;

    /**
     * A gate for {@code capacity} waiting connections.
     *
     * @param threadPrefix the name of its threads without their number ({@code fake-gmail-465-gate-})
     * @param next         receives each connection whose first byte arrived
     */
    public FirstByteGate(int capacity, Duration deadline, Supplier<String> threadPrefix, Consumer<Socket> next) {
        this.capacity = capacity;
        this.deadlineMillis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, deadline.toMillis()));
        this.next = next;
        this.threads = new SessionThreads(capacity, threadPrefix);
    }

    /** Lets an accepted connection wait for its first byte; never blocks (called on the accept thread). */
    public void admit(Socket socket) {
        Socket evicted = null;
        synchronized (this) {
            if (closed) {
                evicted = socket;
            } else {
                if (waiting.size() >= capacity) {
                    evicted = waiting.pollFirst();
                }
                waiting.addLast(socket);
            }
        }
        if (evicted != null) {
            closeQuietly(evicted);
        }
        if (evicted == socket) {
            return;
        }
        try {
            threads.execute(() -> await(socket));
        } catch (RejectedExecutionException e) {
            leave(socket);
            closeQuietly(socket);
        }
    }

    /** How many connections wait now. */
    public synchronized int waiting() {
        return waiting.size();
    }

    private void await(Socket socket) {
        boolean spoke = false;
        try {
            if (isWaiting(socket)) {
                spoke = !(socket instanceof AcceptedSocket accepted) || accepted.awaitFirstByte(deadlineMillis);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "a connection stayed silent or went away: {0}", e.getMessage());
        }
        if (leave(socket) && spoke) {
            next.accept(socket);
        } else {
            closeQuietly(socket);
        }
    }

    private synchronized boolean isWaiting(Socket socket) {
        return waiting.contains(socket);
    }

    /** Takes the connection out of the room; false when it was no longer there (evicted, or the gate closed). */
    private synchronized boolean leave(Socket socket) {
        return waiting.remove(socket);
    }

    /** Closes every waiting connection, takes no more, and waits (boundedly) for the gate's threads. */
    @Override
    public void close() {
        List<Socket> left;
        synchronized (this) {
            closed = true;
            left = List.copyOf(waiting);
            waiting.clear();
        }
        left.forEach(FirstByteGate::closeQuietly);
        threads.shutdown();
    }

    /** Waits for the gate's threads after {@link #close()}. */
    public void join(long millis) throws InterruptedException {
        threads.join(millis);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing a waiting connection: {0}", e.getMessage());
        }
    }
}
