package dev.fakegmail.server.internal.smtp;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/**
 * The reading side of one TLS (or plain) session: its own buffer, hard line limits, and deadlines that run from
 * the moment a command is awaited, so a client trickling one byte a second cannot hold a session.
 *
 * <p>Command lines end at CRLF or a bare LF. Inside DATA only CRLF counts (see {@link DataDecoder}).
 *
 * <p>Before every read from the socket, which may block, the replies written so far are flushed (RFC 2920 §3.1:
 * a server may hold replies back only while it has more complete input to work on). A partial command behind a
 * complete one ({@code NOOP\r\nNOO}) therefore never holds back the first command's reply.
 */
final class SmtpInput {
    private static final int BUFFER_SIZE = 16 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final Flusher beforeBlocking;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;

    /** @param beforeBlocking sends the queued replies; called before each read from the socket */
    SmtpInput(Socket socket, Flusher beforeBlocking) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.beforeBlocking = beforeBlocking;
    }

    /** Sends what the session has queued for the client. */
    @FunctionalInterface
    interface Flusher {
        void flush() throws IOException;
    }

    /** A command line without its line ending; when {@code tooLong}, only its first octets (the rest was discarded). */
    record Line(byte[] bytes, boolean tooLong) {
    }

    /** Whether bytes that arrived after the last consumed line are already waiting (no blocking). */
    boolean hasPendingInput() throws IOException {
        return position < limit || in.available() > 0;
    }

    /**
     * Reads one command line of at most {@code maxOctets} octets including its line ending; a longer line is read
     * to its end and discarded, never buffered whole.
     *
     * @throws EOFException when the client closed the connection
     * @throws SocketTimeoutException when no complete line arrived within {@code timeoutMillis}
     */
    Line readLine(int maxOctets, long timeoutMillis) throws IOException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        int contentLimit = maxOctets - 2;
        byte[] line = new byte[Math.min(contentLimit + 1, 256)];
        int length = 0;
        boolean tooLong = false;
        while (true) {
            if (position == limit) {
                fill(deadline);
            }
            byte b = buffer[position++];
            if (b == '\n') {
                if (!tooLong && length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return new Line(Arrays.copyOf(line, length), tooLong);
            }
            if (tooLong) {
                continue;
            }
            if (length == line.length) {
                if (length == contentLimit + 1) {
                    tooLong = true;
                    continue;
                }
                line = Arrays.copyOf(line, Math.min(line.length * 2, contentLimit + 1));
            }
            line[length++] = b;
        }
    }

    /**
     * Feeds the DATA section to {@code decoder} until it sees the terminating CRLF.CRLF.
     *
     * @param idleMillis the deadline when the transfer is slow; past it the client must keep {@code minBytesPerSecond}
     */
    void readData(DataDecoder decoder, long idleMillis, int minBytesPerSecond) throws IOException {
        long start = System.nanoTime();
        long received = 0;
        while (true) {
            if (position == limit) {
                long allowedMillis = Math.max(idleMillis, received * 1000L / Math.max(1, minBytesPerSecond));
                fill(start + allowedMillis * 1_000_000L);
            }
            int consumed = decoder.feed(buffer, position, limit - position);
            position += consumed;
            received += consumed;
            if (decoder.isComplete()) {
                return;
            }
        }
    }

    /** Reads exactly {@code count} octets of a BDAT chunk into {@code sink}, under the same deadlines as DATA. */
    void readChunk(long count, MessageBuffer sink, long idleMillis, int minBytesPerSecond) throws IOException {
        long start = System.nanoTime();
        long remaining = count;
        while (remaining > 0) {
            if (position == limit) {
                long allowedMillis = Math.max(idleMillis, (count - remaining) * 1000L / Math.max(1, minBytesPerSecond));
                fill(start + allowedMillis * 1_000_000L);
            }
            int n = (int) Math.min(remaining, limit - position);
            sink.append(buffer, position, n);
            position += n;
            remaining -= n;
        }
    }

    private void fill(long deadlineNanos) throws IOException {
        long remainingMillis = (deadlineNanos - System.nanoTime()) / 1_000_000L;
        if (remainingMillis <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        beforeBlocking.flush();
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            throw new EOFException("client closed the connection");
        }
        position = 0;
        limit = n;
    }
}
