package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static dev.fakegmail.server.protocol.GmailReplies.UNRECOGNIZED_COMMAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.fakegmail.server.FakeGmailServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/robustness.md: idle deadline, session bound, error bound, stop with live sessions, start/stop without leaks. */
class SessionLimitsTest {
    private static final TestAccount ALICE = TestAccount.named("limits.alice");
    private static final String TIMEOUT = "451 4.4.2 Timeout - closing connection. <id> - gsmtp\r\n";
    private static final String GOODBYE = "502 5.5.1 Too many unrecognized commands, goodbye. <id> - gsmtp\r\n";
    private static final Pattern TOO_MANY_SESSIONS = Pattern.compile(
            "421 4\\.3\\.0 Temporary System Problem\\.  Try again later \\(10\\)\\. "
                    + "[0-9a-f]{13}-[0-9a-f]{11}sm[0-9]{7,9}[0-9a-z]{2,6}\\.[0-9]{1,3} - gsmtp\r\n");

    private static FakeGmailServer server() {
        return FakeGmailServer.builder().smtpPort(0).sslPort(0).account(ALICE.settings())
                .idleTimeout(Duration.ofMillis(400)).maxSessions(3).build().start();
    }

    @Test
    void aSilentClientTimesOut() throws Exception {
        try (FakeGmailServer gmail = server(); RawSmtpClient client = RawSmtpClient.connect(gmail)) {
            client.expectReply(TIMEOUT);
            assertThat(client.isClosedByServer()).isTrue();
        }
    }

    @Test
    void aClientTricklingOneByteAtATimeCannotHoldTheSession() throws Exception {
        try (FakeGmailServer gmail = server(); RawSmtpClient client = RawSmtpClient.connect(gmail)) {
            for (char c : "NOOP NOOP NOOP NOOP NOOP".toCharArray()) {
                try {
                    client.send(String.valueOf(c));
                } catch (IOException closed) {
                    break;
                }
                Thread.sleep(50);
            }
            client.expectReply(TIMEOUT);
            assertThat(client.isClosedByServer()).isTrue();
        }
    }

    @Test
    void aClientThatNeverReadsItsRepliesIsClosed() throws Exception {
        try (FakeGmailServer gmail = server(); RawSmtpClient client = RawSmtpClient.connect(gmail)) {
            byte[] noops = "NOOP\r\n".repeat(10_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            java.util.concurrent.CompletableFuture<Throwable> flood = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            for (int i = 0; i < 1_000; i++) {
                                client.sendBytes(noops);
                            }
                            return null;
                        } catch (IOException closedByServer) {
                            return closedByServer;
                        }
                    });
            assertThat(flood.get(60, java.util.concurrent.TimeUnit.SECONDS))
                    .as("the server closes a connection whose replies are never read").isInstanceOf(IOException.class);
        }
    }

    @Test
    void theSessionAfterTheMaximumGetsTemporarySystemProblem() throws Exception {
        try (FakeGmailServer gmail = server()) {
            List<RawSmtpClient> open = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    open.add(RawSmtpClient.connect(gmail));
                }
                try (RawSmtpClient extra = RawSmtpClient.openWithoutTls(gmail.smtpPort())) {
                    assertThat(extra.readReply()).matches(TOO_MANY_SESSIONS);
                    assertThat(extra.isClosedByServer()).isTrue();
                }
            } finally {
                for (RawSmtpClient client : open) {
                    client.close();
                }
            }
        }
    }

    @Test
    void limitsConfiguredOnTheBuilderApply() throws Exception {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).account(ALICE.settings())
                .lineLimits(64, 100, 300).maxRecipients(2).maxMessageSize(100).maxErrors(3).build().start();
             RawSmtpClient client = RawSmtpClient.connect(gmail)) {
            assertThat(client.command("EHLO client.example")).contains("250-SIZE 100\r\n");
            client.expect("STARTTLS", GmailReplies.READY_TO_START_TLS);
            client.startTls();
            assertThat(client.command("EHLO client.example")).contains("250-SIZE 100\r\n");
            client.expect("AUTH PLAIN " + RawSmtpClient.plain(ALICE.address(), ALICE.appPassword()),
                    GmailReplies.ACCEPTED);
            client.expect("NOOP " + "x".repeat(57), GmailReplies.NOOP_OK);
            client.expect("NOOP " + "x".repeat(58), GmailReplies.LINE_TOO_LONG);
            client.expect("MAIL FROM:<" + ALICE.address() + "> SIZE=101", GmailReplies.SIZE_DECLARED_TOO_BIG);
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
            client.expect("RCPT TO:<a@example.com>", RCPT_OK);
            client.expect("RCPT TO:<b@example.com>", RCPT_OK);
            client.expect("RCPT TO:<c@example.com>", GmailReplies.TOO_MANY_RECIPIENTS);
            client.expect("DATA", GO_AHEAD);
            client.expect("Subject: big\r\n\r\n" + "y".repeat(100) + "\r\n.", GmailReplies.MESSAGE_TOO_BIG);
            client.expect("BOGUS", UNRECOGNIZED_COMMAND);
            client.expect("BOGUS", UNRECOGNIZED_COMMAND);
            client.expect("BOGUS", GOODBYE);
            assertThat(client.isClosedByServer()).isTrue();
            assertThat(gmail.receivedMessages()).isEmpty();
        }
    }

    @Test
    void controlBytesAfterAnArgumentAreNeverTrimmedAway() throws Exception {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).account(ALICE.settings())
                .build().start(); RawSmtpClient client = RawSmtpClient.connect(gmail)) {
            client.expect("BOGUS " + "x".repeat(600), GmailReplies.LINE_TOO_LONG);
            client.ehloAndStartTls();
            client.expect("AUTH PLAIN " + RawSmtpClient.plain(ALICE.address(), ALICE.appPassword()) + "\0",
                    GmailReplies.CANNOT_DECODE);
            client.expect("AUTH PLAIN " + RawSmtpClient.plain(ALICE.address(), ALICE.appPassword()) + " ",
                    GmailReplies.ACCEPTED);
            client.expect("MAIL FROM:<" + ALICE.address() + "> SIZE=1\u0001", GmailReplies.ADDRESS_SYNTAX);
            client.expect("MAIL FROM:<" + ALICE.address() + "> RET=FULL", GmailReplies.ADDRESS_SYNTAX);
            client.expect("MAIL FROM:<" + ALICE.address() + "> SIZE=1", MAIL_OK);
            client.expect("RCPT TO:<bob@example.com> NOTIFY=NEVER", GmailReplies.ADDRESS_SYNTAX);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
        }
    }

    @Test
    void twentyErrorsEndTheSession() throws Exception {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).build().start();
             RawSmtpClient client = RawSmtpClient.connect(gmail)) {
            for (int i = 0; i < 20; i++) {
                client.expect("BOGUS " + i, UNRECOGNIZED_COMMAND);
            }
            client.expect("BOGUS 21", GOODBYE);
            assertThat(client.isClosedByServer()).isTrue();
        }
    }

    @Test
    void stopClosesLiveSessionsAndFreesThePortAtOnce() throws Exception {
        FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).account(ALICE.settings())
                .build().start();
        int smtpPort = gmail.smtpPort();
        int sslPort = gmail.sslPort();
        List<RawSmtpClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                RawSmtpClient client = RawSmtpClient.connect(gmail);
                client.login(ALICE.address(), ALICE.appPassword());
                client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
                client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
                client.expect("DATA", GO_AHEAD);
                client.send("Subject: never finished\r\n\r\nhalf a mess");
                clients.add(client);
            }
            clients.add(RawSmtpClient.openWithoutTls(gmail.sslPort()));

            gmail.stop();

            for (RawSmtpClient client : clients) {
                assertThat(client.isClosedByServer()).isTrue();
            }
            assertThat(gmail.receivedMessages()).isEmpty();
            assertThat(sessionThreads(smtpPort)).isEmpty();
        } finally {
            for (RawSmtpClient client : clients) {
                client.close();
            }
        }
        assertThatCode(() -> FakeGmailServer.builder().smtpPort(smtpPort).sslPort(sslPort).strictPorts(true)
                .build().start().close()).doesNotThrowAnyException();
    }

    @Test
    void startAndStopInALoopLeaveNoThreads() throws Exception {
        for (int i = 0; i < 20; i++) {
            FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).build().start();
            int port = gmail.smtpPort();
            try (RawSmtpClient client = RawSmtpClient.connect(gmail)) {
                client.expect("NOOP", GmailReplies.NOOP_OK);
            }
            gmail.stop();
            assertThat(sessionThreads(port)).as("threads of the server on port %d after stop", port).isEmpty();
        }
    }

    private static List<String> sessionThreads(int port) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("fake-gmail-" + port + "-")).toList();
    }
}
