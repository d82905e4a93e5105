package dev.fakegmail.server.robustness;

import static dev.fakegmail.server.protocol.GmailReplies.EHLO_PLAIN;
import static dev.fakegmail.server.protocol.GmailReplies.EMPTY_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static dev.fakegmail.server.protocol.GmailReplies.READY_TO_START_TLS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.protocol.RawSmtpClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * docs/robustness.md case 11: {@code stop()} with live sessions in every phase — before and during a TLS handshake on both
 * ports, in an AUTH exchange, in a transaction, with a client streaming DATA as fast as it can and one sending a BDAT
 * chunk — returns (a hang would hit the JUnit timeout, which is a guard, not a measurement), closes every client
 * socket, stores nothing, leaves no thread, and both ports can be bound again at once; start/stop with live sessions
 * in a loop leaks nothing. The simpler case (sessions mid-DATA) is in {@code protocol.SessionLimitsTest}.
 */
class StopTest {
    private static final byte[] PARTIAL_CLIENT_HELLO = {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00};

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void stopWithSessionsInEveryPhaseClosesThemAllAndFreesThePorts() throws Exception {
        Arena arena = Arena.start();
        ExecutorService streamers = Executors.newFixedThreadPool(2);
        List<RawSmtpClient> clients = new ArrayList<>();
        try {
            clients.addAll(sessionsInEveryPhase(arena));
            RawSmtpClient streaming = inData(arena);
            RawSmtpClient chunking = inTransaction(arena);
            chunking.send("BDAT 100000000 LAST\r\n");
            clients.add(streaming);
            clients.add(chunking);
            Future<?> data = streamers.submit(() -> streamUntilClosed(streaming));
            Future<?> bdat = streamers.submit(() -> streamUntilClosed(chunking));

            arena.close(); // stop(), then: no thread of the server alive, no warning, no uncaught exception

            for (RawSmtpClient client : clients) {
                client.readUntilClosed(); // fails if the server left the connection open
            }
            data.get();
            bdat.get();
            assertThat(arena.server.receivedMessages()).isEmpty();
            FakeGmailServer again = FakeGmailServer.builder().smtpPort(arena.smtpPort()).sslPort(arena.sslPort())
                    .strictPorts(true).build().start();
            again.stop();
        } finally {
            streamers.shutdownNow();
            for (RawSmtpClient client : clients) {
                client.close();
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void startAndStopWithLiveSessionsInALoopLeakNothing() throws Exception {
        for (int i = 0; i < 8; i++) {
            Arena arena = Arena.start();
            List<RawSmtpClient> clients = sessionsInEveryPhase(arena);
            try {
                arena.close();
                for (RawSmtpClient client : clients) {
                    client.readUntilClosed();
                }
            } finally {
                for (RawSmtpClient client : clients) {
                    client.close();
                }
            }
        }
    }

    private static List<RawSmtpClient> sessionsInEveryPhase(Arena arena) throws IOException {
        List<RawSmtpClient> clients = new ArrayList<>();
        clients.add(RawSmtpClient.open(arena.server, arena.smtpPort()));
        clients.add(RawSmtpClient.connect(arena.server));
        RawSmtpClient ready = RawSmtpClient.connect(arena.server);
        ready.expect("EHLO client.example", EHLO_PLAIN);
        ready.expect("STARTTLS", READY_TO_START_TLS);
        clients.add(ready);
        RawSmtpClient handshaking = RawSmtpClient.connect(arena.server);
        handshaking.expect("EHLO client.example", EHLO_PLAIN);
        handshaking.expect("STARTTLS", READY_TO_START_TLS);
        handshaking.sendBytes(PARTIAL_CLIENT_HELLO);
        clients.add(handshaking);
        clients.add(RawSmtpClient.open(arena.server, arena.sslPort()));
        RawSmtpClient sslHandshaking = RawSmtpClient.open(arena.server, arena.sslPort());
        sslHandshaking.sendBytes(PARTIAL_CLIENT_HELLO);
        clients.add(sslHandshaking);
        RawSmtpClient auth = RawSmtpClient.connect(arena.server);
        auth.ehloAndStartTls();
        auth.expect("AUTH PLAIN", EMPTY_CHALLENGE);
        clients.add(auth);
        clients.add(RawSmtpClient.connectSsl(arena.server));
        clients.add(arena.loggedIn());
        clients.add(inTransaction(arena));
        RawSmtpClient data = inData(arena);
        data.send("Subject: half\r\n\r\nhalf a mess");
        clients.add(data);
        return clients;
    }

    private static RawSmtpClient inTransaction(Arena arena) throws IOException {
        RawSmtpClient client = arena.loggedIn();
        client.expect("MAIL FROM:<" + Arena.ALICE.address() + ">", MAIL_OK);
        client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
        return client;
    }

    private static RawSmtpClient inData(Arena arena) throws IOException {
        RawSmtpClient client = inTransaction(arena);
        client.expect("DATA", GO_AHEAD);
        return client;
    }

    /** Writes message lines until the server closes the connection (bounded: 100 MB at most). */
    private static void streamUntilClosed(RawSmtpClient client) {
        byte[] lines = ("y".repeat(998) + "\r\n").repeat(64).getBytes(StandardCharsets.US_ASCII);
        try {
            for (long sent = 0; sent < 100_000_000L; sent += lines.length) {
                client.sendBytes(lines);
            }
            throw new AssertionError("the server kept reading after stop()");
        } catch (IOException expected) {
            // the server closed the connection
        }
    }
}
