package dev.fakegmail.server.imap;

import dev.fakegmail.server.FakeGmailServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * A byte-exact IMAP client over TLS for the protocol tests: it trusts only the server's test CA, checks the host
 * name {@code localhost}, and returns replies exactly as they arrived (CRLFs included).
 */
public final class RawImapClient implements AutoCloseable {
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_LINE = 1 << 20;

    private final Socket plain;
    private final SSLSocket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String greeting;

    private RawImapClient(FakeGmailServer server) throws IOException {
        plain = new Socket();
        plain.setSoTimeout((int) READ_TIMEOUT.toMillis());
        plain.connect(new InetSocketAddress("127.0.0.1", server.imapPort()), (int) READ_TIMEOUT.toMillis());
        socket = (SSLSocket) server.certificateAuthority().socketFactory()
                .createSocket(plain, "localhost", server.imapPort(), true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        in = socket.getInputStream();
        out = socket.getOutputStream();
        greeting = readLine();
    }

    /** Connects to the IMAP port, completes the handshake and reads the greeting. */
    public static RawImapClient connect(FakeGmailServer server) throws IOException {
        return new RawImapClient(server);
    }

    /** The greeting line, CRLF included. */
    public String greeting() {
        return greeting;
    }

    /** Sends {@code tag + " " + command} and returns every line up to and including the tagged one. */
    public String command(String tag, String command) throws IOException {
        send(tag + " " + command + "\r\n");
        return readUntilTagged(tag);
    }

    /** Reads lines until one starts with {@code tag + " "}; returns all of them. */
    public String readUntilTagged(String tag) throws IOException {
        StringBuilder reply = new StringBuilder();
        String line;
        do {
            line = readLine();
            reply.append(line);
        } while (!line.startsWith(tag + " "));
        return reply.toString();
    }

    /** Sends raw text (ISO-8859-1). */
    public void send(String raw) throws IOException {
        sendBytes(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends raw bytes. */
    public void sendBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads one line, CRLF included; fails at the end of the stream. */
    public String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                return line.toString(StandardCharsets.ISO_8859_1);
            }
            if (line.size() > MAX_LINE) {
                throw new IOException("line longer than " + MAX_LINE);
            }
        }
        throw new IOException("the server closed the connection; partial line: "
                + line.toString(StandardCharsets.ISO_8859_1));
    }

    /** True when the server closed the connection within the read timeout (after any pending bytes). */
    public boolean isClosedByServer() throws IOException {
        try {
            byte[] chunk = new byte[4096];
            while (in.read(chunk) >= 0) {
                // drain what is left
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Closes the TCP connection without a goodbye. */
    @Override
    public void close() throws IOException {
        try {
            socket.close();
        } finally {
            plain.close();
        }
    }
}
