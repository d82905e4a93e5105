package dev.fakegmail.server.internal.net;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;

/**
 * The two waits of a connection that a read timeout cannot bound, timed so that a {@link Watchdog} can end them: a
 * write the client does not drain (a client that stops reading), and a TLS handshake as a whole (a client that
 * trickles its ClientHello, one byte before each read timeout). Thread-safe: the session's thread times, the
 * watchdog reads.
 */
public final class Stalls {
    /** When the write in progress started ({@link System#nanoTime()}), or 0 when none is. */
    private final AtomicLong writingSince = new AtomicLong();
    /** When the TLS handshake in progress started ({@link System#nanoTime()}), or 0 when none is. */
    private final AtomicLong handshakeSince = new AtomicLong();

    /** {@code out}, with each write and flush timed. */
    public OutputStream watch(OutputStream out) {
        return new WatchedOutput(out);
    }

    /** Something that writes to the client. */
    @FunctionalInterface
    public interface Write {
        /** Writes. */
        void run() throws IOException;
    }

    /** Runs {@code write} timed as a write: for writes that do not go through {@link #watch} (a TLS close_notify). */
    public void timed(Write write) throws IOException {
        writingSince.set(System.nanoTime());
        try {
            write.run();
        } finally {
            writingSince.set(0);
        }
    }

    /** Runs the server side of {@code socket}'s TLS handshake, timed. */
    public void handshake(SSLSocket socket) throws IOException {
        handshakeSince.set(System.nanoTime());
        try {
            socket.startHandshake();
        } finally {
            handshakeSince.set(0);
        }
    }

    /** How long the write in progress has been blocked, in ms; 0 when none is. */
    public long writeStalledMillis() {
        return elapsedMillis(writingSince.get());
    }

    /** How long the TLS handshake in progress has been running, in ms; 0 when none is. */
    public long handshakeRunningMillis() {
        return elapsedMillis(handshakeSince.get());
    }

    /** Whether a write has been blocked longer than {@code writeMillis} or a handshake run longer than {@code handshakeMillis}. */
    public boolean stalled(long writeMillis, long handshakeMillis) {
        return writeStalledMillis() > writeMillis || handshakeRunningMillis() > handshakeMillis;
    }

    private static long elapsedMillis(long since) {
        return since == 0 ? 0 : (System.nanoTime() - since) / 1_000_000L;
    }

    /** Marks the time each write to the socket starts, so a write the client never drains can be seen. */
    private final class WatchedOutput extends FilterOutputStream {
        WatchedOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            writingSince.set(System.nanoTime());
            try {
                out.write(bytes, offset, length);
            } finally {
                writingSince.set(0);
            }
        }

        @Override
        public void flush() throws IOException {
            writingSince.set(System.nanoTime());
            try {
                out.flush();
            } finally {
                writingSince.set(0);
            }
        }
    }
}
