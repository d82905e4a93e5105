package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.GmailReplies.CHUNK_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.AccountKind;
import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** docs/gmail-smtp.md §6: the rolling 24-hour sending limit answers DATA (and BDAT) with 550-5.4.5. */
class SendingLimitTest {
    static final String DAILY_LIMIT = "550-5.4.5 Daily user sending limit exceeded. For more information on Gmail\r\n"
            + "550-5.4.5 sending limits go to\r\n"
            + "550 5.4.5  https://support.google.com/a/answer/166852 <id> - gsmtp\r\n";
    private static final TestAccount ALICE = TestAccount.named("quota.alice");

    private final TestClock clock = TestClock.fixedAt(Instant.parse("2026-03-02T10:00:00Z"));
    private FakeGmailServer server;

    @BeforeEach
    void start() {
        server = FakeGmailServer.builder().smtpPort(0).sslPort(0).clock(clock)
                .account(ALICE.settings().withDailySendingLimit(3)).build().start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pastTheLimitDataIsRefusedUntilTheWindowMoves() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(server)) {
            client.login(ALICE.address(), ALICE.appPassword());
            for (int i = 0; i < 3; i++) {
                send(client, "message " + i);
                clock.advance(Duration.ofHours(1));
            }
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
            client.expect("DATA", DAILY_LIMIT);
            clock.advance(Duration.ofHours(21).minusSeconds(1));
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
            client.expect("DATA", DAILY_LIMIT);
            clock.advance(Duration.ofSeconds(1));
            send(client, "the first one left the window");
        }
        assertThat(server.receivedMessages()).hasSize(4);
    }

    @Test
    void bdatIsRefusedToo() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(server)) {
            client.login(ALICE.address(), ALICE.appPassword());
            for (int i = 0; i < 3; i++) {
                send(client, "message " + i);
            }
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
            client.send("BDAT 7 LAST\r\nSubject");
            client.expectReply(DAILY_LIMIT);
            clock.advance(Duration.ofHours(24).plusSeconds(1));
            send(client, "after a day");
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
            client.send("BDAT 4\r\nSubj");
            client.expectReply(CHUNK_ACCEPTED);
        }
        assertThat(server.account(ALICE.address()).sentInLast24Hours()).isEqualTo(1);
        assertThat(server.receivedMessages()).hasSize(4);
    }

    @Test
    void theKindSetsTheDefaultLimit() {
        assertThat(AccountSettings.of("a@gmail.com").dailySendingLimit()).isEqualTo(500);
        assertThat(AccountSettings.of("a@company.example").withKind(AccountKind.WORKSPACE).dailySendingLimit())
                .isEqualTo(2_000);
        assertThat(server.account(ALICE.address()).dailySendingLimit()).isEqualTo(3);
    }

    private void send(RawSmtpClient client, String subject) throws Exception {
        client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
        client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
        client.expect("DATA", GO_AHEAD);
        client.expect(TestMessages.message(ALICE.address(), TestMessages.token(), subject + "\r\n") + ".",
                "250 2.0.0 OK  " + clock.instant().getEpochSecond() + " <id> - gsmtp\r\n");
    }
}
