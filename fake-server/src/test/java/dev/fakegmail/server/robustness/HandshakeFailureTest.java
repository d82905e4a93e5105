package dev.fakegmail.server.robustness;

import static dev.fakegmail.server.protocol.GmailReplies.EHLO_PLAIN;
import static dev.fakegmail.server.protocol.GmailReplies.READY_TO_START_TLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.protocol.RawSmtpClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docs/robustness.md case 2: a handshake that fails — after {@code 220 2.0.0 Ready to start TLS} or on the implicit-TLS
 * port — closes the socket; the server never answers in plain text, never falls back to a clear session. Covers
 * bytes that are not TLS (random binary, an HTTP request, SMTP commands), a truncated ClientHello followed by
 * garbage, and a real TLS client that rejects the server's certificate. The plain-text-commands case on both ports
 * is also in {@code protocol.StartTlsTest} and {@code protocol.ImplicitTlsTest}.
 */
class HandshakeFailureTest {

    /** What the client sends where a ClientHello belongs. */
    enum Garbage {
        RANDOM_BINARY, ZEROES, HTTP_REQUEST, SMTP_COMMANDS, TRUNCATED_CLIENT_HELLO_THEN_TEXT, SSL2_STYLE_HELLO,
        HUGE_RECORD_LENGTH
    }

    @ParameterizedTest
    @EnumSource(Garbage.class)
    void garbageAfterStartTlsReadyClosesTheSocket(Garbage garbage) throws Exception {
        try (Arena arena = Arena.start().withWitness()) {
            try (RawSmtpClient client = RawSmtpClient.connect(arena.server)) {
                client.expect("EHLO client.example", EHLO_PLAIN);
                client.expect("STARTTLS", READY_TO_START_TLS);
                sendQuietly(client, bytes(garbage));
                assertNoClearText(client.readUntilClosed());
            }
            arena.assertOthersUnaffected();
        }
    }

    @ParameterizedTest
    @EnumSource(Garbage.class)
    void garbageToTheSslPortClosesTheSocket(Garbage garbage) throws Exception {
        try (Arena arena = Arena.start().withWitness()) {
            try (RawSmtpClient client = RawSmtpClient.open(arena.server, arena.sslPort())) {
                sendQuietly(client, bytes(garbage));
                assertNoClearText(client.readUntilClosed());
            }
            arena.assertOthersUnaffected();
        }
    }

    @org.junit.jupiter.api.Test
    void aClientThatRejectsTheCertificateAfterStartTlsLeavesNoSession() throws Exception {
        try (Arena arena = Arena.start().withWitness()) {
            try (Socket plain = new Socket()) {
                plain.setSoTimeout((int) RawSmtpClient.READ_TIMEOUT.toMillis());
                plain.connect(new InetSocketAddress("127.0.0.1", arena.smtpPort()));
                InputStream in = plain.getInputStream();
                assertThat(readLine(in)).startsWith("220 smtp.gmail.com ESMTP ");
                plain.getOutputStream().write("EHLO client.example\r\n".getBytes(StandardCharsets.US_ASCII));
                String line;
                do {
                    line = readLine(in);
                } while (line.startsWith("250-"));
                plain.getOutputStream().write("STARTTLS\r\n".getBytes(StandardCharsets.US_ASCII));
                assertThat(readLine(in)).isEqualTo("220 2.0.0 Ready to start TLS\r\n");
                handshakeWithoutTrustingTheServer(plain, arena.smtpPort());
                assertNoClearText(readToEnd(in));
            }
            arena.assertOthersUnaffected();
        }
    }

    @org.junit.jupiter.api.Test
    void aClientThatRejectsTheCertificateOnTheSslPortLeavesNoSession() throws Exception {
        try (Arena arena = Arena.start().withWitness()) {
            try (Socket plain = new Socket()) {
                plain.setSoTimeout((int) RawSmtpClient.READ_TIMEOUT.toMillis());
                plain.connect(new InetSocketAddress("127.0.0.1", arena.sslPort()));
                handshakeWithoutTrustingTheServer(plain, arena.sslPort());
                assertNoClearText(readToEnd(plain.getInputStream()));
            }
            arena.assertOthersUnaffected();
        }
    }

    /** A TLS client with the JVM's default trust (no test CA): it aborts the handshake with an alert. */
    private static void handshakeWithoutTrustingTheServer(Socket plain, int port) throws Exception {
        SSLSocket tls = (SSLSocket) SSLContext.getDefault().getSocketFactory()
                .createSocket(plain, "localhost", port, false);
        tls.setUseClientMode(true);
        assertThatThrownBy(tls::startHandshake).isInstanceOf(SSLException.class);
    }

    private static void sendQuietly(RawSmtpClient client, byte[] bytes) {
        try {
            client.sendBytes(bytes);
        } catch (IOException e) {
            // the server may already have closed the connection: that is the point
        }
    }

    private static void assertNoClearText(byte[] received) {
        String text = new String(received, StandardCharsets.ISO_8859_1);
        assertThat(text).as("bytes after the failed handshake (at most a TLS alert)")
                .doesNotContain("gsmtp").doesNotContain("250").doesNotContain("smtp.gmail.com")
                .doesNotContain("530").doesNotContain("502");
    }

    private static byte[] bytes(Garbage garbage) {
        return switch (garbage) {
            case RANDOM_BINARY -> {
                byte[] random = new byte[4096];
                new Random(42).nextBytes(random);
                yield random;
            }
            case ZEROES -> new byte[2048];
            case HTTP_REQUEST -> "GET / HTTP/1.1\r\nHost: smtp.gmail.com\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            case SMTP_COMMANDS -> "EHLO client.example\r\nAUTH PLAIN AHVzZXIAcGFzcw==\r\nMAIL FROM:<a@b.c>\r\n"
                    .getBytes(StandardCharsets.US_ASCII);
            case TRUNCATED_CLIENT_HELLO_THEN_TEXT -> concat(
                    new byte[] {0x16, 0x03, 0x01, 0x00, 0x08, 0x01, 0x00, 0x00, 0x04, 0x03, 0x03, 0x00, 0x00},
                    "EHLO client.example\r\n".repeat(8).getBytes(StandardCharsets.US_ASCII));
            case SSL2_STYLE_HELLO -> new byte[] {(byte) 0x80, 0x2e, 0x01, 0x03, 0x01, 0x00, 0x15, 0x00, 0x00, 0x00,
                0x10, 0x01, 0x00, (byte) 0x80, 0x03, 0x00, (byte) 0x80, 0x02, 0x00, (byte) 0x80, 0x04, 0x00,
                (byte) 0x80, 0x00, 0x00, 0x04, 0x00, (byte) 0xfe, (byte) 0xff};
            case HUGE_RECORD_LENGTH -> new byte[] {0x16, 0x03, 0x03, (byte) 0xff, (byte) 0xff, 0x01, (byte) 0xff,
                (byte) 0xff, (byte) 0xff};
        };
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] readToEnd(InputStream in) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        try {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                all.write(chunk, 0, n);
            }
        } catch (IOException e) {
            // a reset ends the connection too; a timeout would leave the bytes checked below
        }
        return all.toByteArray();
    }
}
