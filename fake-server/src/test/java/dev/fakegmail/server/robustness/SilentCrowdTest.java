package dev.fakegmail.server.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.imap.RawImapClient;
import dev.fakegmail.server.protocol.RawSmtpClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/robustness.md "Limits", sessions and case 17: connections to the implicit-TLS ports (465, 993) that never send
 * a byte wait in a waiting room of {@code maxSessions} places, the longest waiting closed without a word when one
 * more comes, and take no session: while such a crowd is connected, a STARTTLS send on 587, an SMTPS send on 465 and
 * an IMAPS login on 993 all succeed, and the server's threads stay within {@code 2 * maxSessions} per door plus its
 * accept threads and watchdogs. On 587, where the server speaks first, the cap holds from accept: the connections
 * over it get the 421.
 */
class SilentCrowdTest {
    private static final int CAP = 5;
    private static final int CROWD = 60;
    /** Sessions and waiting room per door, three accept threads, two watchdogs. */
    private static final int MAX_THREADS = 2 * (2 * CAP) + 5;
    private static final Pattern TOO_MANY_SESSIONS = Pattern.compile(
            "421 4\\.3\\.0 Temporary System Problem\\.  Try again later \\(10\\)\\. [0-9a-z.-]+ - gsmtp\r\n");

    @Test
    void aSilentCrowdOnTheSslPortTakesNoSessionFromAnyDoor() throws Exception {
        try (Arena arena = Arena.start(builder -> builder.maxSessions(CAP)).withWitness(); Crowd crowd = new Crowd()) {
            for (int i = 0; i < CROWD; i++) {
                crowd.connect(arena.sslPort());
            }
            for (Socket oldest : crowd.sockets.subList(0, CROWD - CAP)) {
                assertThat(readUntilClosed(oldest)).as("what a silent client that waited longest is told").isEmpty();
            }
            assertThat(arena.threads()).as("the server's threads").hasSizeLessThanOrEqualTo(MAX_THREADS);

            assertLegitimateClientsAreServed(arena);
            assertThat(arena.threads()).as("the server's threads").hasSizeLessThanOrEqualTo(MAX_THREADS);
            arena.assertOthersUnaffected();
        }
    }

    @Test
    void aSilentCrowdOnTheImapPortTakesNoSessionFromAnyDoor() throws Exception {
        try (Arena arena = Arena.start(builder -> builder.maxSessions(CAP)).withWitness(); Crowd crowd = new Crowd()) {
            for (int i = 0; i < CROWD; i++) {
                crowd.connect(arena.imapPort());
            }
            for (Socket oldest : crowd.sockets.subList(0, CROWD - CAP)) {
                assertThat(readUntilClosed(oldest)).as("what a silent client that waited longest is told").isEmpty();
            }
            assertThat(arena.threads()).as("the server's threads").hasSizeLessThanOrEqualTo(MAX_THREADS);

            assertLegitimateClientsAreServed(arena);
            arena.assertOthersUnaffected();
        }
    }

    @Test
    void silentConnectionsAreClosedAtTheFirstByteDeadline() throws Exception {
        Duration deadline = Duration.ofSeconds(2); // the first-byte deadline; generous for the witness's handshake
        try (Arena arena = Arena.start(builder -> builder.maxSessions(CAP).handshakeTimeout(deadline));
             Crowd crowd = new Crowd()) {
            crowd.connect(arena.sslPort());
            crowd.connect(arena.imapPort());
            long started = System.nanoTime();
            for (Socket silent : crowd.sockets) {
                assertThat(readUntilClosed(silent)).isEmpty(); // the crowd's read timeout (10 s) fails a kept socket
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("until both were closed")
                    .isGreaterThanOrEqualTo(deadline.minusMillis(100));
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
            assertThat(arena.threads()).as("the server's threads").hasSizeLessThanOrEqualTo(MAX_THREADS);
            arena.awaitRunningSessions(CAP);
            crowd.close();
            arena.awaitRunningSessions(0);
            arena.assertOthersUnaffected();
        }
    }

    /** A STARTTLS send on 587, an SMTPS send on 465, an IMAPS login on 993. */
    private static void assertLegitimateClientsAreServed(Arena arena) throws IOException {
        try (RawSmtpClient startTls = arena.loggedIn()) {
            arena.deliver(startTls);
        }
        try (RawSmtpClient ssl = RawSmtpClient.connectSsl(arena.server)) {
            ssl.login(Arena.ALICE.address(), Arena.ALICE.appPassword());
            arena.deliver(ssl);
        }
        try (RawImapClient imap = RawImapClient.connect(arena.server)) {
            assertThat(imap.command("a1", "LOGIN " + Arena.ALICE.address() + " " + Arena.ALICE.compactAppPassword()))
                    .endsWith("a1 OK " + Arena.ALICE.address() + " authenticated (Success)\r\n");
        }
    }

    private static String readUntilClosed(Socket socket) throws IOException {
        StringBuilder received = new StringBuilder();
        byte[] chunk = new byte[512];
        try {
            for (int n = socket.getInputStream().read(chunk); n >= 0; n = socket.getInputStream().read(chunk)) {
                received.append(new String(chunk, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open; received: " + received, e);
        } catch (IOException e) {
            // a reset also ends the connection
        }
        return received.toString();
    }

    /** Silent TCP clients, closed together. */
    static final class Crowd implements AutoCloseable {
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
