package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.GmailReplies.ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.EHLO_PLAIN;
import static dev.fakegmail.server.protocol.GmailReplies.EHLO_TLS;
import static dev.fakegmail.server.protocol.GmailReplies.GREETING;
import static dev.fakegmail.server.protocol.GmailReplies.READY_TO_START_TLS;

import dev.fakegmail.server.CertificateAuthority;
import dev.fakegmail.server.FakeGmailServer;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A byte-exact SMTP client for protocol tests: what is sent is exactly the bytes given, what is read is exactly
 * what the server wrote. Connects to {@code 127.0.0.1}; TLS verifies the chain against the server's test CA and the
 * host name {@code localhost} for real.
 *
 * <p>Every reply checked through {@link #expect} / {@link #expectReply} must carry the session id of the greeting
 * wherever the pattern says {@code <id>}.
 */
public final class RawSmtpClient implements AutoCloseable {
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final String TLS_HOST = "localhost";
    private static final int MAX_REPLY_BYTES = 64 * 1024;

    private final Optional<CertificateAuthority> authority;
    private final int port;
    private final Socket plain;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private String greeting = "";
    private String sessionId = "";

    private RawSmtpClient(Optional<CertificateAuthority> authority, int port) throws IOException {
        this.authority = authority;
        this.port = port;
        this.plain = new Socket();
        try {
            plain.setTcpNoDelay(true);
            plain.setSoTimeout((int) READ_TIMEOUT.toMillis());
            plain.connect(new InetSocketAddress("127.0.0.1", port), (int) READ_TIMEOUT.toMillis());
            use(plain);
        } catch (IOException e) {
            plain.close();
            throw e;
        }
    }

    /** A plain connection to the STARTTLS port; the greeting has been read and checked. */
    public static RawSmtpClient connect(FakeGmailServer server) throws IOException {
        RawSmtpClient client = open(server, server.smtpPort());
        client.readGreeting();
        return client;
    }

    /** An implicit-TLS connection to the SSL port, handshake done; the greeting has been read and checked. */
    public static RawSmtpClient connectSsl(FakeGmailServer server) throws IOException {
        RawSmtpClient client = open(server, server.sslPort());
        client.startTls();
        client.readGreeting();
        return client;
    }

    /** A plain TCP connection to {@code port}; nothing has been read. */
    public static RawSmtpClient open(FakeGmailServer server, int port) throws IOException {
        return open(server.certificateAuthority(), port);
    }

    /** A plain TCP connection to {@code port} whose TLS trusts {@code authority}; nothing has been read. */
    public static RawSmtpClient open(CertificateAuthority authority, int port) throws IOException {
        return new RawSmtpClient(Optional.of(authority), port);
    }

    /** A plain TCP connection to any local port, without a CA (so {@link #startTls()} is not possible). */
    public static RawSmtpClient openWithoutTls(int port) throws IOException {
        return new RawSmtpClient(Optional.empty(), port);
    }

    /** Reads the greeting, checks it and remembers its session id for all later checks. */
    public String readGreeting() throws IOException {
        greeting = readReply();
        sessionId = ReplyPattern.assertReply(greeting, GREETING).orElseThrow();
        return greeting;
    }

    public String greeting() {
        return greeting;
    }

    /** The session id of the greeting ({@code ""} before it was read). */
    public String sessionId() {
        return sessionId;
    }

    /** Writes {@code raw} exactly (ISO-8859-1, one char per byte, no CRLF added) in one write. */
    public void send(String raw) throws IOException {
        sendBytes(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Writes the bytes exactly, in one write. */
    public void sendBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Sends {@code line} + CRLF and reads one reply. */
    public String command(String line) throws IOException {
        send(line + "\r\n");
        return readReply();
    }

    /** Sends {@code line} + CRLF and asserts the reply against {@code expected} (a {@link ReplyPattern}). */
    public String expect(String line, String expected) throws IOException {
        send(line + "\r\n");
        return expectReply(expected);
    }

    /** Reads one reply and asserts it against {@code expected}; the {@code <id>} must be this session's id. */
    public String expectReply(String expected) throws IOException {
        String reply = readReply();
        Optional<String> id = ReplyPattern.assertReply(reply, expected);
        if (id.isPresent() && !id.get().equals(sessionId)) {
            throw new AssertionError("the reply " + ReplyPattern.visible(reply) + " carries the session id "
                    + id.get() + ", but the greeting of this connection had " + sessionId);
        }
        return reply;
    }

    /**
     * Reads one complete reply: every line up to and including the first whose fourth character is not {@code -},
     * returned exactly as received, CRLFs included.
     */
    public String readReply() throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        while (true) {
            byte[] line = readLine(reply);
            if (line.length < 4 || line[3] != '-') {
                return reply.toString(StandardCharsets.ISO_8859_1);
            }
        }
    }

    private byte[] readLine(ByteArrayOutputStream reply) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = read(reply, line);
            line.write(b);
            reply.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
            if (reply.size() > MAX_REPLY_BYTES) {
                throw new AssertionError("reply longer than " + MAX_REPLY_BYTES + " bytes: "
                        + ReplyPattern.visible(reply.toString(StandardCharsets.ISO_8859_1)));
            }
        }
    }

    private int read(ByteArrayOutputStream reply, ByteArrayOutputStream line) throws IOException {
        try {
            int b = nextByte();
            if (b < 0) {
                throw new EOFException("the server closed the connection "
                        + (reply.size() == 0 ? "instead of replying" : "in the middle of the reply "
                        + ReplyPattern.visible(reply.toString(StandardCharsets.ISO_8859_1))));
            }
            return b;
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no complete reply within " + READ_TIMEOUT.toSeconds() + " s; received so far: "
                    + ReplyPattern.visible(reply.toString(StandardCharsets.ISO_8859_1)), e);
        }
    }

    private int nextByte() throws IOException {
        if (position == limit) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return -1;
            }
            position = 0;
            limit = n;
        }
        return buffer[position++] & 0xff;
    }

    /**
     * Layers TLS over the current socket (client mode, host {@code localhost}, endpoint identification HTTPS, the
     * server's CA) and completes the handshake. Call it right after the {@code 220 2.0.0 Ready to start TLS} reply.
     */
    public void startTls() throws IOException {
        if (position != limit) {
            throw new AssertionError("the server sent bytes before the TLS handshake: " + ReplyPattern.visible(
                    new String(buffer, position, limit - position, StandardCharsets.ISO_8859_1)));
        }
        CertificateAuthority ca = authority.orElseThrow(() -> new IllegalStateException("no CA for this client"));
        SSLSocket tls = (SSLSocket) ca.sslContext().getSocketFactory()
                .createSocket(socket, TLS_HOST, port, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.setUseClientMode(true);
        tls.setSoTimeout((int) READ_TIMEOUT.toMillis());
        tls.startHandshake();
        use(tls);
    }

    /** The TLS session; fails when the connection is not encrypted. */
    public SSLSession tlsSession() {
        if (!(socket instanceof SSLSocket)) {
            throw new AssertionError("the connection is not encrypted");
        }
        return ((SSLSocket) socket).getSession();
    }

    public boolean isEncrypted() {
        return socket instanceof SSLSocket;
    }

    /**
     * True when the server closed the connection (end of stream or reset) within the read timeout; false when it
     * stayed open (the timeout passed) or sent a byte (which stays readable).
     */
    public boolean isClosedByServer() throws IOException {
        if (position != limit) {
            return false;
        }
        try {
            int n = in.read(buffer, 0, 1);
            if (n < 0) {
                return true;
            }
            position = 0;
            limit = n;
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Reads until the server closes the connection and returns what arrived; fails when it stays open. */
    public byte[] readUntilClosed() throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        received.write(buffer, position, limit - position);
        position = limit;
        byte[] chunk = new byte[4096];
        try {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                received.write(chunk, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server did not close the connection within " + READ_TIMEOUT.toSeconds()
                    + " s; received: " + ReplyPattern.visible(received.toString(StandardCharsets.ISO_8859_1)), e);
        } catch (IOException e) {
            // a reset (or a TLS error on close) also ends the connection
        }
        return received.toByteArray();
    }

    /** On the STARTTLS port: EHLO (plain list), STARTTLS, handshake, EHLO (TLS list); on the SSL port: EHLO. */
    public void ehloAndStartTls() throws IOException {
        if (!isEncrypted()) {
            expect("EHLO client.example", EHLO_PLAIN);
            expect("STARTTLS", READY_TO_START_TLS);
            startTls();
        }
        expect("EHLO client.example", EHLO_TLS);
    }

    /** {@link #ehloAndStartTls()} then AUTH PLAIN with an initial response, expecting {@code 235 2.7.0 Accepted}. */
    public void login(String address, String appPassword) throws IOException {
        ehloAndStartTls();
        expect("AUTH PLAIN " + plain(address, appPassword), ACCEPTED);
    }

    /** The base64 PLAIN blob {@code NUL user NUL password}. */
    public static String plain(String user, String password) {
        return base64("\0" + user + "\0" + password);
    }

    public static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Ends the client's side only (TLS close_notify, or a TCP FIN before TLS) and keeps reading, so a test can see
     * whether the server closes the connection when its input ends.
     */
    public void halfClose() throws IOException {
        socket.shutdownOutput();
    }

    /** Closes the connection with a TCP reset instead of an orderly FIN. */
    public void reset() throws IOException {
        plain.setSoLinger(true, 0);
        plain.close();
    }

    private void use(Socket current) throws IOException {
        socket = current;
        in = current.getInputStream();
        out = current.getOutputStream();
        position = 0;
        limit = 0;
    }

    @Override
    public void close() throws IOException {
        if (socket != plain) {
            try {
                socket.close(); // sends close_notify; the server may already be gone
            } catch (IOException e) {
                // closing the TCP socket below is what matters
            }
        }
        plain.close();
    }
}
