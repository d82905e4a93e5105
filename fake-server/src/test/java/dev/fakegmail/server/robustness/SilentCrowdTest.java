package dev.fakegmail.server.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.protocol.RawSmtpClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/robustness.md "Limits", sessions: the cap holds from the moment a connection is accepted, before any TLS
 * handshake. Many clients that connect to 465 (or 587) and send nothing never make the server run more than
 * {@code maxSessions} session threads plus its accept threads and watchdog; connections over the cap are closed at
 * once on 465 (no TLS exists yet to carry a reply) and get the 421 on 587.
 */
class SilentCrowdTest {
    private static final int CAP = 5;
    private static final int CROWD = 60;
    /** Two accept threads and the watchdog. */
    private static final int OWN_THREADS = 3;
    private static final Pattern TOO_MANY_SESSIONS = Pattern.compile(
            "421 4\\.3\\.0 Temporary System Problem\\.  Try again later \\(10\\)\\. [0-9a-z.-]+ - gsmtp\r\n");

    @Test
    void silentClientsOnTheSslPortNeverRaiseTheThreadsAboveTheCap() throws Exception {
        try (Arena arena = Arena.start(builder -> builder.maxSessions(CAP)); Crowd crowd = new Crowd()) {
            for (int i = 0; i < CROWD; i++) {
                crowd.connect(arena.sslPort());
            }
            for (Socket overCap : crowd.sockets.subList(CAP, CROWD)) {
                assertThat(readUntilClosed(overCap)).as("what a client over the cap on 465 is told").isEmpty();
            }
            assertThat(ServerEvents.threads(arena.smtpPort(), arena.sslPort())).as("the server's threads")
                    .hasSizeLessThanOrEqualTo(CAP + OWN_THREADS);
            try (RawSmtpClient late = RawSmtpClient.open(arena.server, arena.smtpPort())) {
                assertThat(late.readReply()).matches(TOO_MANY_SESSIONS);
                assertThat(late.isClosedByServer()).isTrue();
            }
            arena.awaitRunningSessions(CAP);
            crowd.close();
            arena.awaitRunningSessions(0);
            assertThat(ServerEvents.threads(arena.smtpPort(), arena.sslPort())).as("the server's threads")
                    .hasSizeLessThanOrEqualTo(CAP + OWN_THREADS);
            arena.assertOthersUnaffected();
        }
    }

    @Test
    void silentClientsOnTheStartTlsPortGetThe421OverTheCap() throws Exception {
        try (Arena arena = Arena.start(builder -> builder.maxSessions(CAP)); Crowd crowd = new Crowd()) {
            for (int i = 0; i < CROWD; i++) {
                crowd.connect(arena.smtpPort());
            }
            for (Socket overCap : crowd.sockets.subList(CAP, CROWD)) {
                assertThat(readUntilClosed(overCap)).matches(TOO_MANY_SESSIONS);
            }
            assertThat(ServerEvents.threads(arena.smtpPort(), arena.sslPort())).as("the server's threads")
                    .hasSizeLessThanOrEqualTo(CAP + OWN_THREADS);
            arena.awaitRunningSessions(CAP);
            crowd.close();
            arena.awaitRunningSessions(0);
            arena.assertOthersUnaffected();
        }
    }

    private static String readUntilClosed(Socket socket) throws IOException {
        StringBuilder received = new StringBuilder();
        byte[] chunk = new byte[512];
        try {
            for (int n = socket.getInputStream().read(chunk); n >= 0; n = socket.getInputStream().read(chunk)) {
                received.append(new String(chunk, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept a connection over the cap open; received: " + received, e);
        } catch (IOException e) {
            // a reset also ends the connection
        }
        return received.toString();
    }

    /** Silent TCP clients, closed together. */
    private static final class Crowd implements AutoCloseable {
        final List<Socket> sockets = new ArrayList<>();

        void connect(int port) throws IOException {
            Socket socket = new Socket();
            sockets.add(socket);
            socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        }

        @Override
        public void close() throws IOException {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
