package dev.fakegmail.http.internal.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.http.internal.api.HttpDoor;
import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.HttpSide;
import dev.fakegmail.server.protocol.RawSmtpClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * docs/robustness.md (HTTP): no thread outlives its connection in an embedded server — the same {@link HttpDoor} that
 * {@code builder().http(true)} opens, with its deadline shortened from 30 s to 2 s. Half-sent heads and bodies,
 * trickled heads, chunked bodies without an end, blocking waits and long polls whose clients went away: while they
 * are held others are served, and afterwards no thread of the door is left in an exchange, no descriptor is left open
 * and nothing was changed. Isolated, so that thread, descriptor and heap counts are this class's alone.
 */
@Isolated
class StalledRequestsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final String BOB = "bob@gmail.com";

    private static FakeGmailServer gmail;
    private static HttpDoor door;
    private static RawHttp http;

    @BeforeAll
    static void start() throws IOException {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).build().start();
        door = HttpDoor.open(gmail, new HttpSide.Settings(0, false, List.of(), List.of()), DEADLINE);
        http = new RawHttp(door.port());
    }

    @AfterAll
    static void stop() {
        door.close();
        gmail.close();
    }

    /** Served, and nothing changed: the account a half-sent reset would have removed is still there. */
    @AfterEach
    void witness() throws IOException {
        assertThat(http.send("GET", "/api/clock", http.ownHost(), Map.of(), "").status()).isEqualTo(200);
        assertThat(gmail.findAccount(BOB)).isPresent();
        assertThat(gmail.accounts()).hasSize(2);
    }

    @Test
    void aHundredHalfSentRequestsAreClosedAtTheDeadlineHoldNoThreadAndOthersAreServedMeanwhile() throws Exception {
        addBob();
        long descriptorsBefore = HttpResources.descriptors();
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                stalled.add(open(switch (i % 3) {
                    case 0 -> "GET /api/accounts HTTP/1.1\r\nHost: localhost\r\nX-Slow: ";
                    case 1 -> "POST /api/reset HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 100\r\n\r\n{\"half\": ";
                    default -> "POST /api/accounts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n10\r\n{\"address\": \"x@g";
                }));
            }
            long start = System.nanoTime();
            assertThat(http.send("GET", "/api/clock", http.ownHost(), Map.of(), "").status())
                    .as("served while 100 half-sent requests are held").isEqualTo(200);
            assertThat(HttpResources.threads(door.port())).as("threads within the cap plus the watchdog")
                    .isLessThanOrEqualTo(HttpDoor.MAX_THREADS + 1);
            for (Socket socket : stalled) {
                assertThat(endOfStream(socket)).as("the server closed a half-sent request").isTrue();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(seconds).as("all closed at the deadline, not later").isLessThan(DEADLINE.toSeconds() + 6.0);
            assertThat(HttpResources.awaitIdle(door.port(), 2_000)).as("no thread left in an exchange")
                    .isNotNegative();
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        assertThat(awaitDescriptors(descriptorsBefore)).as("descriptors back where they were").isTrue();
    }

    @Test
    void aHeadTrickledAByteAtATimeIsCutOffAtTheDeadlineNotKeptAliveByEachByte() throws Exception {
        addBob();
        trickle("", "GET /api/accounts HTTP/1.1\r\nHost: localhost\r\nX-Trickle: " + "t".repeat(200));
    }

    @Test
    void aBodyTrickledAByteAtATimeIsCutOffAtTheDeadlineAndTheRouteNeverActs() throws Exception {
        addBob();
        trickle("POST /api/reset HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 200\r\n\r\n", "{\"x\": \"" + "t".repeat(200));
    }

    /** Sends {@code head} at once and {@code trickled} a byte every 50 ms: closed at the deadline without an answer. */
    private static void trickle(String head, String trickled) throws Exception {
        try (Socket socket = open(head)) {
            long start = System.nanoTime();
            boolean cut = false;
            for (int i = 0; i < trickled.length() && !cut; i++) {
                try {
                    socket.getOutputStream().write(trickled.charAt(i));
                    socket.getOutputStream().flush();
                    Thread.sleep(50);
                } catch (IOException closed) {
                    cut = true;
                }
            }
            assertThat(cut || endOfStream(socket)).isTrue();
            assertThat((System.nanoTime() - start) / 1e9).isLessThan(DEADLINE.toSeconds() + 4.0);
        }
        assertThat(HttpResources.awaitIdle(door.port(), 2_000)).isNotNegative();
    }

    @Test
    void blockingWaitsWhoseClientsWentAwayEndAtTheirTimeoutAndOthersAreServedMeanwhile() throws Exception {
        addBob();
        long descriptorsBefore = HttpResources.descriptors();
        for (int i = 0; i < 150; i++) {
            open("GET /api/messages?count=1&timeout=3s HTTP/1.1\r\nHost: localhost\r\n\r\n").close();
        }
        Thread.sleep(300);
        assertThat(http.send("GET", "/api/clock", http.ownHost(), Map.of(), "").status()).isEqualTo(200);
        assertThat(HttpResources.threads(door.port())).isLessThanOrEqualTo(HttpDoor.MAX_THREADS + 1);
        assertThat(HttpResources.awaitIdle(door.port(), 8_000)).as("every wait ended at its 3 s").isNotNegative();
        assertThat(awaitDescriptors(descriptorsBefore)).isTrue();
    }

    @Test
    void theInboxLongPollLeftOpenByAHundredTabsIsAnsweredByTheNextMessageAndHoldsNothingAfterwards()
            throws Exception {
        addBob();
        long heapBefore = HttpResources.retainedHeap();
        long descriptorsBefore = HttpResources.descriptors();
        String state = http.send("GET", "/", http.ownHost(), Map.of(), "").body()
                .replaceAll("(?s).*data-state=\"([^\"]+)\".*", "$1");
        List<Socket> tabs = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                tabs.add(open("GET /messages/wait?state=" + state + " HTTP/1.1\r\nHost: localhost\r\n\r\n"));
            }
            Thread.sleep(300);
            assertThat(http.send("GET", "/api/clock", http.ownHost(), Map.of(), "").status())
                    .as("served beside 100 open long polls").isEqualTo(200);
            for (Socket tab : tabs.subList(0, 50)) {
                tab.close();  // half the tabs go away without a word
            }
            send();
            for (Socket tab : tabs.subList(50, 100)) {
                tab.setSoTimeout(10_000);
                assertThat(new String(tab.getInputStream().readNBytes(12), StandardCharsets.US_ASCII))
                        .isEqualTo("HTTP/1.1 200");
            }
        } finally {
            for (Socket tab : tabs) {
                tab.close();
            }
        }
        assertThat(HttpResources.awaitIdle(door.port(), 5_000)).isNotNegative();
        assertThat(awaitDescriptors(descriptorsBefore)).isTrue();
        assertThat(HttpResources.retainedHeap() - heapBefore).as("heap retained after the long polls")
                .isLessThan(8L * 1024 * 1024);
        gmail.deleteMessages();
    }

    private static void addBob() {
        if (gmail.findAccount(BOB).isEmpty()) {
            gmail.addAccount(AccountSettings.of(BOB));
        }
    }

    private static Socket open(String half) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), door.port());
        socket.getOutputStream().write(half.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static boolean endOfStream(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        try {
            byte[] buffer = new byte[4096];
            while (in.read(buffer) >= 0) {
                // an answer to a half-sent request would be a failure; read until the end
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    /** Whether the JVM's open descriptors come back to at most {@code before} plus a few (other JVM work). */
    private static boolean awaitDescriptors(long before) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (HttpResources.descriptors() <= before + 5) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static void send() throws IOException {
        String user = gmail.defaultAccount().address();
        String password = gmail.defaultAccount().appPasswords().get(0).value();
        try (RawSmtpClient client = RawSmtpClient.connect(gmail)) {
            client.login(user, password);
            client.command("MAIL FROM:<" + user + ">");
            client.command("RCPT TO:<" + BOB + ">");
            client.command("DATA");
            client.send("Subject: wake the tabs\r\n\r\nhello\r\n.\r\n");
            client.readReply();
            client.command("QUIT");
        }
    }
}
