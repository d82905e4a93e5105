package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.internal.net.Stalls;
import dev.fakegmail.server.internal.tls.ServerTls;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * The transport of one session: the TCP socket, the TLS layer once there is one, buffered output (a reply is
 * one write; pipelined replies leave together), and the reader. STARTTLS swaps the layer in place.
 */
final class SmtpConnection {
    private static final System.Logger LOG = System.getLogger(SmtpConnection.class.getName());

    /** How long a closing session waits for the client to close its side. */
    static final int LINGER_MILLIS = 1_000;
    private static final int LINGER_BYTES = 64 * 1024;

    private final Socket rawSocket;
    private Socket socket;
    private SmtpInput input;
    private OutputStream output;
    private String tlsProtocol = "";
    private String tlsCipher = "";
    private final Stalls stalls = new Stalls();

    SmtpConnection(Socket rawSocket) {
        this.rawSocket = rawSocket;
        this.socket = rawSocket;
    }

    /** Starts reading and writing in plain text. */
    void openPlain() throws IOException {
        streams(rawSocket);
    }

    /**
     * Runs a server-side TLS handshake over the current socket with {@code tls}'s key material. The read timeout
     * bounds each read; the server's watchdog bounds the whole handshake ({@link #stalled}), since
     * a client sending one byte just before each read timeout would otherwise keep it going for ever.
     */
    void upgrade(ServerTls tls, int handshakeTimeoutMillis) throws IOException {
        SSLSocket secured = tls.upgrade(socket);
        secured.setSoTimeout(handshakeTimeoutMillis);
        stalls.handshake(secured);
        SSLSession session = secured.getSession();
        tlsProtocol = session.getProtocol();
        tlsCipher = session.getCipherSuite();
        streams(secured);
    }

    /** The server port the client connected to. */
    int localPort() {
        return rawSocket.getLocalPort();
    }

    SmtpInput input() {
        return input;
    }

    boolean isTls() {
        return socket instanceof SSLSocket;
    }

    String tlsProtocol() {
        return tlsProtocol;
    }

    String tlsCipher() {
        return tlsCipher;
    }

    /** Queues bytes; they leave at the next {@link #flush()}. */
    void write(byte[] bytes) throws IOException {
        output.write(bytes);
    }

    void flush() throws IOException {
        output.flush();
    }

    /** Writes and flushes, ignoring a connection that is already gone. */
    void sendQuietly(byte[] bytes) {
        try {
            if (output != null) {
                output.write(bytes);
                output.flush();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not send a final reply: {0}", e.getMessage());
        }
    }

    /** The client's IP address as Gmail shows it in brackets ({@code 127.0.0.1}, {@code ::1}). */
    String clientAddress() {
        InetAddress address = rawSocket.getInetAddress();
        if (address instanceof Inet6Address && address.isLoopbackAddress()) {
            return "::1";
        }
        String text = address.getHostAddress();
        int zone = text.indexOf('%');
        return zone < 0 ? text : text.substring(0, zone);
    }

    /**
     * Ends the session politely: sends FIN (for TLS, close_notify first), then reads and discards what the client
     * still sends until it closes too, for at most {@link #LINGER_MILLIS}. A client that writes RSET or QUIT after a
     * closing reply (421, 451) then reads end-of-stream instead of hitting a reset, so it reports the reply.
     */
    void closeGracefully() {
        try {
            socket.shutdownOutput();
            socket.setSoTimeout(LINGER_MILLIS);
            InputStream in = socket.getInputStream();
            byte[] sink = new byte[4096];
            int total = 0;
            long deadline = System.nanoTime() + LINGER_MILLIS * 1_000_000L;
            while (total < LINGER_BYTES && System.nanoTime() < deadline) {
                int n = in.read(sink);
                if (n < 0) {
                    break;
                }
                total += n;
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.DEBUG, "lingering close ended: {0}", e.getMessage());
        } finally {
            close();
        }
    }

    /** Whether a write has been blocked longer than {@code writeMillis} or a handshake run longer than {@code handshakeMillis}. */
    boolean stalled(long writeMillis, long handshakeMillis) {
        return stalls.stalled(writeMillis, handshakeMillis);
    }

    /** Closes the TCP connection (from any thread; unblocks a pending read). */
    void close() {
        try {
            rawSocket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "close failed: {0}", e.getMessage());
        }
    }

    private void streams(Socket current) throws IOException {
        socket = current;
        input = new SmtpInput(current, this::flush);
        output = new BufferedOutputStream(stalls.watch(current.getOutputStream()), 8 * 1024);
    }
}
