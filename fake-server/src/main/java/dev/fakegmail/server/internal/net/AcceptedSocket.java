package dev.fakegmail.server.internal.net;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketOption;
import java.util.Optional;

/**
 * An accepted client connection that asks the kernel, before every read, to acknowledge received data at once
 * ({@code TCP_QUICKACK}, where the platform has it; elsewhere reads are plain), and that can wait for the client's
 * first byte without consuming it ({@link #awaitFirstByte}).
 *
 * <p>Why quick ACKs: clients such as Angus Mail leave Nagle's algorithm on, and the JDK's TLS 1.3 client writes its
 * ChangeCipherSpec and its Finished separately. Nagle holds the Finished (and the EHLO behind it) until the server
 * acknowledges the ChangeCipherSpec, and a server that has just sent data delays that acknowledgement (Linux's
 * delayed ACK, about 40 ms). Every STARTTLS and implicit-TLS handshake would stall that long. Linux's quick-ACK
 * mode is not sticky, so it is asked for again before each read; the TLS layer reads through
 * {@link #getInputStream()} too.
 *
 * <p>Why the first byte: on an implicit-TLS port the client speaks first, and {@link FirstByteGate} lets a
 * connection take a session (and its handshake deadline) only once it has; the byte it read is the first one the
 * TLS layer then reads.
 */
final class AcceptedSocket extends Socket {
    private static final Optional<SocketOption<Boolean>> QUICK_ACK = quickAckOption();

    private InputStream input;
    private int heldByte = -1;

    /** A server socket, not yet bound, whose {@code accept()} returns {@code AcceptedSocket}s. */
    static ServerSocket newServerSocket() throws IOException {
        return new ServerSocket() {
            @Override
            public Socket accept() throws IOException {
                Socket socket = new AcceptedSocket();
                implAccept(socket);
                return socket;
            }
        };
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (input == null) {
            input = new QuickAckInput(super.getInputStream());
        }
        return input;
    }

    /**
     * Waits at most {@code millis} for the client's first byte and keeps it for the next read.
     *
     * @return false when the client closed the connection first
     * @throws java.net.SocketTimeoutException when nothing arrived in time
     */
    boolean awaitFirstByte(int millis) throws IOException {
        setSoTimeout(millis);
        int first = super.getInputStream().read();
        synchronized (this) {
            heldByte = first;
        }
        return first >= 0;
    }

    private synchronized int takeHeldByte() {
        int held = heldByte;
        heldByte = -1;
        return held;
    }

    private void quickAck() {
        if (QUICK_ACK.isPresent()) {
            try {
                setOption(QUICK_ACK.get(), true);
            } catch (IOException | UnsupportedOperationException e) {
                // a closed socket fails in the read that follows; anything else only costs the optimisation
            }
        }
    }

    /** Found by name, so that nothing needs the {@code jdk.net} module at compile time or on the module path. */
    @SuppressWarnings("unchecked") // checked: the option's type is Boolean
    private static Optional<SocketOption<Boolean>> quickAckOption() {
        try (Socket probe = new Socket()) {
            return probe.supportedOptions().stream()
                    .filter(option -> option.name().equals("TCP_QUICKACK") && option.type() == Boolean.class)
                    .map(option -> (SocketOption<Boolean>) option)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Returns the held first byte, if any, then asks for quick ACKs before each read. */
    private final class QuickAckInput extends FilterInputStream {
        QuickAckInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int held = takeHeldByte();
            if (held >= 0) {
                return held;
            }
            quickAck();
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int held = takeHeldByte();
            if (held >= 0) {
                buffer[offset] = (byte) held;
                return 1;
            }
            quickAck();
            return super.read(buffer, offset, length);
        }

        @Override
        public int available() throws IOException {
            synchronized (AcceptedSocket.this) {
                if (heldByte >= 0) {
                    return 1 + super.available();
                }
            }
            return super.available();
        }
    }
}
