package dev.fakegmail.server.internal.smtp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketOption;
import java.util.Optional;

/**
 * An accepted client connection that asks the kernel, before every read, to acknowledge received data at once
 * ({@code TCP_QUICKACK}, where the platform has it; elsewhere reads are plain).
 *
 * <p>Why: clients such as Angus Mail leave Nagle's algorithm on, and the JDK's TLS 1.3 client writes its
 * ChangeCipherSpec and its Finished separately. Nagle holds the Finished (and the EHLO behind it) until the server
 * acknowledges the ChangeCipherSpec, and a server that has just sent data delays that acknowledgement (Linux's
 * delayed ACK, about 40 ms). Every STARTTLS and implicit-TLS handshake would stall that long. Linux's quick-ACK
 * mode is not sticky, so it is asked for again before each read; the TLS layer reads through
 * {@link #getInputStream()} too.
 */
final class QuickAckSocket extends Socket {
    private static final Optional<SocketOption<Boolean>> QUICK_ACK = quickAckOption();

    private InputStream input;

    /** A server socket, not yet bound, whose {@code accept()} returns {@code QuickAckSocket}s. */
    static ServerSocket newServerSocket() throws IOException {
        return new ServerSocket() {
            @Override
            public Socket accept() throws IOException {
                Socket socket = new QuickAckSocket();
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

    /** Asks for quick ACKs before each read. */
    private final class QuickAckInput extends FilterInputStream {
        QuickAckInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            quickAck();
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            quickAck();
            return super.read(buffer, offset, length);
        }
    }
}
