package dev.fakegmail.server.robustness;

import static dev.fakegmail.server.protocol.GmailReplies.TOO_MANY_LOGINS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.imap.RawImapClient;
import dev.fakegmail.server.protocol.ClientHello;
import dev.fakegmail.server.protocol.RawSmtpClient;
import dev.fakegmail.server.protocol.TestAccount;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The IMAP door's hostile cases (docs/robustness.md, "IMAP cases"): each runs against its own server and is followed
 * by the {@link ImapWitness} checks (a session opened before it still answers, SMTP still delivers, a new IMAP session
 * sees every delivered message) and the {@link Arena}'s (no thread of the server left after stop, no warning).
 */
class ImapHostileTest {
    private static final long APPENDLIMIT = 35_651_584L;
    private static final String TOO_BIG = "* BYE [TOOBIG] Literal larger than APPENDLIMIT 35651584 (Failure)\r\n";
    private static final String BUSY =
            "* BYE [UNAVAILABLE] Too many large literals in progress, try again later (Failure)\r\n";
    private static final TestAccount BOB = TestAccount.named("imap-hostile-bob");

    @Test
    void largeLiteralsAnnouncedAndNeverSentHoldNoMoreThanTheBudget() throws Exception {
        try (Arena arena = Arena.start(); ImapWitness witness = ImapWitness.open(arena)) {
            List<RawImapClient> announcers = new ArrayList<>();
            int accepted = 0;
            int refused = 0;
            try {
                for (int i = 0; i < 6; i++) {
                    RawImapClient client = ImapWitness.loggedIn(arena);
                    announcers.add(client);
                    client.send("a1 APPEND INBOX {" + APPENDLIMIT + "}\r\n");
                    String answer = client.readLine();
                    if (answer.startsWith("+ ")) {
                        accepted++;
                    } else {
                        assertThat(answer).isEqualTo(BUSY);
                        assertThat(client.isClosedByServer()).isTrue();
                        refused++;
                    }
                }
            } finally {
                for (RawImapClient client : announcers) {
                    client.close();
                }
            }
            assertThat(accepted).as("literals of 35 MB held at once").isBetween(1, 4);
            assertThat(refused).isEqualTo(6 - accepted);
            witness.assertServes();
            try (RawImapClient after = ImapWitness.loggedIn(arena)) { // the budget came back with the sessions
                after.send("b1 APPEND INBOX {" + APPENDLIMIT + "}\r\n");
                assertThat(after.readLine()).startsWith("+ ");
            }
        }
    }

    @Test
    void nonSynchronisingLiteralsAreStoredWithoutAContinuation() throws Exception {
        try (Arena arena = Arena.start(); ImapWitness witness = ImapWitness.open(arena);
             RawImapClient client = ImapWitness.loggedIn(arena)) {
            String small = "Subject: small\r\n\r\nx\r\n";
            String large = "Subject: large\r\n\r\n" + "y".repeat(100_000) + "\r\n";
            client.send("a1 APPEND \"[Gmail]/Drafts\" {" + small.length() + "+}\r\n" + small + "\r\n"
                    + "a2 APPEND \"[Gmail]/Drafts\" {" + large.length() + "+}\r\n" + large + "\r\n");
            assertThat(client.readUntilTagged("a1")).doesNotContain("+ ").contains("a1 OK");
            assertThat(client.readUntilTagged("a2")).doesNotContain("+ ").contains("a2 OK");
            assertThat(client.command("a3", "STATUS \"[Gmail]/Drafts\" (MESSAGES)")).contains("(MESSAGES 2)");
            client.send("a4 APPEND INBOX {" + (APPENDLIMIT + 1) + "+}\r\n");
            assertThat(client.readLine()).isEqualTo(TOO_BIG);
            witness.assertServes();
        }
    }

    @Test
    void aCommandLineOfMegabytesEndsOnlyItsSession() throws Exception {
        try (Arena arena = Arena.start(); ImapWitness witness = ImapWitness.open(arena);
             RawImapClient client = ImapWitness.loggedIn(arena)) {
            byte[] chunk = "x".repeat(256 * 1024).getBytes(StandardCharsets.ISO_8859_1);
            client.send("a1 SEARCH SUBJECT ");
            try {
                for (int i = 0; i < 16; i++) {
                    client.sendBytes(chunk); // 4 MB, no line feed
                }
            } catch (IOException closed) {
                // the server closed while we wrote: what the case expects
            }
            assertThat(client.isClosedByServer()).isTrue();
            witness.assertServes();
        }
    }

    @Test
    void thousandsOfIdleAndDoneCyclesLeaveTheSessionServing() throws Exception {
        try (Arena arena = Arena.start(); ImapWitness witness = ImapWitness.open(arena);
             RawImapClient client = ImapWitness.loggedIn(arena)) {
            client.command("s1", "SELECT INBOX");
            for (int i = 0; i < 2_000; i++) {
                client.send("i" + i + " IDLE\r\n");
                assertThat(client.readLine()).isEqualTo("+ idling\r\n");
                client.send("DONE\r\n");
                assertThat(client.readLine()).isEqualTo("i" + i + " OK IDLE terminated (Success)\r\n");
            }
            assertThat(client.command("n1", "NOOP")).endsWith("n1 OK NOOP completed.\r\n");
            witness.assertServes();
        }
    }

    @Test
    void anAppendOf36MegabytesIsRefusedBeforeItsBytesAreRead() throws Exception {
        try (Arena arena = Arena.start(); ImapWitness witness = ImapWitness.open(arena);
             RawImapClient client = ImapWitness.loggedIn(arena)) {
            long size = 36L * 1024 * 1024;
            client.send("a1 APPEND INBOX {" + size + "+}\r\n");
            byte[] block = ("X-Filler: " + "f".repeat(1_000) + "\r\n").repeat(64).getBytes(StandardCharsets.US_ASCII);
            CompletableFuture<Long> streamed = CompletableFuture.supplyAsync(() -> {
                long sent = 0;
                try {
                    while (sent < size) {
                        client.sendBytes(block);
                        sent += block.length;
                    }
                } catch (IOException closed) {
                    // the server said goodbye and closed
                }
                return sent;
            });
            assertThat(client.readLine()).isEqualTo(TOO_BIG);
            assertThat(client.isClosedByServer()).isTrue();
            assertThat(streamed.get(30, TimeUnit.SECONDS)).as("octets the client got to send").isLessThan(size);
            assertThat(arena.server.mailbox(Arena.ALICE.address(), "INBOX")).isEmpty();
            witness.assertServes();
        }
    }

    /** 3,000 here to keep the suite short; 10,000 took 7.0 s to file and 3.8 s to select and fetch (the docs). */
    @Test
    void fetchOfEveryMessageInAFolderOfThousands() throws Exception {
        int count = 3_000;
        try (Arena arena = Arena.start(); ImapWitness witness = ImapWitness.open(arena);
             RawImapClient client = ImapWitness.loggedIn(arena)) {
            long filing = System.nanoTime();
            for (int i = 1; i <= count; i++) {
                arena.server.deliverInbound(Arena.ALICE.address(), ("Subject: n" + i + "\r\n\r\nbody " + i + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            long fetching = System.nanoTime();
            assertThat(client.command("s1", "SELECT INBOX")).contains("* " + count + " EXISTS\r\n");
            String answer = client.command("f1", "FETCH 1:* (UID RFC822.SIZE FLAGS)");
            long done = System.nanoTime();
            assertThat(answer.lines().filter(line -> line.contains(" FETCH (")).count()).isEqualTo(count);
            assertThat(answer).contains("* " + count + " FETCH (").endsWith("f1 OK FETCH completed.\r\n");
            System.out.println("IMAP: filing " + count + " messages took " + (fetching - filing) / 1_000_000
                    + " ms, SELECT and FETCH 1:* " + (done - fetching) / 1_000_000 + " ms");
            witness.assertServes();
        }
    }

    @Test
    void aClientThatNeverReadsItsFetchResponsesIsClosedAtTheIdleTimeout() throws Exception {
        Duration idle = Duration.ofSeconds(3); // also the handshake deadline: generous on a busy machine
        try (Arena arena = Arena.start(builder -> builder.idleTimeout(idle))) {
            byte[] message = ("Subject: big\r\n\r\n" + "z".repeat(200_000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 40; i++) {
                arena.server.deliverInbound(Arena.ALICE.address(), message);
            }
            RawImapClient client = ImapWitness.loggedIn(arena); // after the filing: the idle timeout is short
            client.command("s1", "SELECT INBOX");
            long started = System.nanoTime();
            client.send("f1 FETCH 1:* (BODY[])\r\n"); // 8 MB of responses, never read
            awaitClosed(arena, idle.multipliedBy(5));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(idle);
            client.close();
            try (RawImapClient witness = ImapWitness.loggedIn(arena)) {
                assertThat(witness.command("n1", "NOOP")).endsWith("n1 OK NOOP completed.\r\n");
            }
            arena.assertOthersUnaffected();
        }
    }

    @Test
    void aTlsHandshakeTrickledAByteAtATimeIsCutOffAtTheDeadline() throws Exception {
        Duration deadline = Duration.ofSeconds(3); // generous for the witnesses' own handshakes on a busy machine
        try (Arena arena = Arena.start(builder -> builder.handshakeTimeout(deadline));
             ImapWitness witness = ImapWitness.open(arena);
             Socket socket = new Socket()) {
            socket.setSoTimeout((int) RawImapClient.READ_TIMEOUT.toMillis());
            socket.connect(new InetSocketAddress("127.0.0.1", arena.imapPort()), 10_000);
            byte[] hello = ClientHello.bytes(arena.server.certificateAuthority());
            OutputStream out = socket.getOutputStream();
            CompletableFuture<Integer> trickle = CompletableFuture.supplyAsync(() -> {
                int sent = 0;
                try {
                    for (byte b : hello) {
                        out.write(b);
                        out.flush();
                        sent++;
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException closed) {
                    // the server closed the connection: what the case expects
                }
                return sent;
            });
            assertThat(socket.getInputStream().readAllBytes()).as("what the server sent").isEmpty();
            assertThat(trickle.get(30, TimeUnit.SECONDS)).as("ClientHello bytes sent before the close")
                    .isLessThan(hello.length);
            witness.assertServes();
        }
    }

    @Test
    void loginBruteForceLocksTheAccountOutOnBothDoors() throws Exception {
        try (Arena arena = Arena.start(builder -> builder.account(BOB.settings()));
             ImapWitness witness = ImapWitness.open(arena);
             RawImapClient attacker = RawImapClient.connect(arena.server)) {
            StringBuilder burst = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                burst.append("b").append(i).append(" LOGIN ").append(BOB.address()).append(" guess").append(i)
                        .append("\r\n");
            }
            attacker.send(burst.toString());
            for (int i = 0; i < 50; i++) {
                assertThat(attacker.readLine()).startsWith("b" + i + " NO [");
            }
            assertThat(attacker.command("c1", "LOGIN " + BOB.address() + " " + BOB.compactAppPassword()))
                    .isEqualTo("c1 NO [ALERT] Please log in via your web browser:"
                            + " https://support.google.com/mail/accounts/answer/78754 (Failure)\r\n");
            try (RawSmtpClient smtp = RawSmtpClient.connect(arena.server)) {
                smtp.ehloAndStartTls();
                smtp.expect("AUTH PLAIN " + RawSmtpClient.plain(BOB.address(), BOB.appPassword()), TOO_MANY_LOGINS);
            }
            assertThat(arena.server.activity().stream().filter(event -> event.door()
                    == dev.fakegmail.server.ActivityEvent.Door.IMAP).count()).isEqualTo(52); // the witness's too
            witness.assertServes();
        }
    }

    @Test
    void selectingEveryGmailFolderInALoopWhileSmtpAcceptsMail() throws Exception {
        List<String> folders = List.of("INBOX", "\"[Gmail]/All Mail\"", "\"[Gmail]/Drafts\"", "\"[Gmail]/Important\"",
                "\"[Gmail]/Sent Mail\"", "\"[Gmail]/Spam\"", "\"[Gmail]/Starred\"", "\"[Gmail]/Trash\"");
        int messages = 20;
        try (Arena arena = Arena.start(); ImapWitness witness = ImapWitness.open(arena);
             RawImapClient selector = ImapWitness.loggedIn(arena)) {
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                try (RawSmtpClient smtp = arena.loggedIn()) {
                    for (int i = 0; i < messages; i++) {
                        arena.deliver(smtp);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            int selects = 0;
            while (!sending.isDone() || selects < 200) {
                String folder = folders.get(selects % folders.size());
                assertThat(selector.command("s" + selects, "SELECT " + folder)).contains("s" + selects + " OK");
                selects++;
            }
            sending.get(60, TimeUnit.SECONDS);
            assertThat(selector.command("t1", "STATUS \"[Gmail]/Sent Mail\" (MESSAGES)"))
                    .contains("(MESSAGES " + messages + ")");
            witness.assertServes();
        }
    }

    /** Waits until no IMAP session thread of the arena's server runs a session (the watchdog closed it). */
    private static void awaitClosed(Arena arena, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (sessionsRunning(arena) > 0) {
            assertThat(System.nanoTime()).as("the stalled session closed within %s", within).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static long sessionsRunning(Arena arena) {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(entry -> entry.getKey().getName().startsWith("fake-gmail-" + arena.imapPort() + "-session-"))
                .filter(entry -> List.of(entry.getValue()).stream().anyMatch(frame -> frame.getMethodName()
                        .equals("run") && frame.getClassName().endsWith(".GimapSession")))
                .count();
    }
}
