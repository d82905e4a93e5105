package dev.fakegmail.server.imap;

import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.protocol.RawSmtpClient;
import dev.fakegmail.server.protocol.TestAccount;
import dev.fakegmail.server.protocol.TestMessages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IDLE pushes (docs/gmail-imap.md §5): a session in IDLE hears {@code * n EXISTS} for every message filed in its
 * folder while it waits — a message sent over SMTP (the recipient's INBOX, the sender's Sent Mail), a bounce, and
 * mail from outside — without sending another command. Each wait is the raw client's read timeout.
 */
class ImapIdleTest {
    static final TestAccount ALICE = TestAccount.named("imap-idle-alice");
    static final TestAccount BOB = TestAccount.named("imap-idle-bob");
    private static final String NOBODY = "nobody@example.com";

    private FakeGmailServer gmail;

    @BeforeEach
    void start() {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).account(ALICE.settings())
                .account(BOB.settings()).account(AccountSettings.of("carol@gmail.com")).missingRecipient(NOBODY)
                .build().start();
    }

    @AfterEach
    void stop() {
        gmail.close();
    }

    @Test
    void theRecipientInIdleOnTheInboxHearsOfAMessageSentOverSmtp() throws Exception {
        try (RawImapClient bob = idling(BOB, "INBOX")) {
            send(ALICE, BOB.address());

            assertThat(bob.readLine()).isEqualTo("* 1 EXISTS\r\n");
            assertThat(bob.readLine()).isEqualTo("* 1 RECENT\r\n");
            bob.send("DONE\r\n");
            assertThat(bob.readLine()).isEqualTo("i1 OK IDLE terminated (Success)\r\n");
        }
    }

    @Test
    void doneEndsIdleWithGmailsReplyAndTheSessionGoesOn() throws Exception {
        try (RawImapClient bob = idling(BOB, "INBOX")) {
            bob.send("DONE\r\n");
            assertThat(bob.readLine()).isEqualTo("i1 OK IDLE terminated (Success)\r\n");
            assertThat(bob.command("n1", "NOOP")).endsWith("n1 OK NOOP completed.\r\n");
        }
    }

    @Test
    void theSenderInIdleOnSentMailHearsOfItsOwnMessage() throws Exception {
        try (RawImapClient alice = idling(ALICE, "\"[Gmail]/Sent Mail\"")) {
            send(ALICE, "somebody@example.com");

            assertThat(alice.readLine()).isEqualTo("* 1 EXISTS\r\n");
        }
    }

    @Test
    void theSenderInIdleOnTheInboxHearsOfTheBounce() throws Exception {
        try (RawImapClient alice = idling(ALICE, "INBOX")) {
            send(ALICE, NOBODY);

            assertThat(alice.readLine()).isEqualTo("* 1 EXISTS\r\n");
            alice.readLine(); // * 1 RECENT
            alice.send("DONE\r\n");
            assertThat(alice.readLine()).isEqualTo("i1 OK IDLE terminated (Success)\r\n");
            assertThat(alice.command("f1", "FETCH 1 (BODY.PEEK[HEADER.FIELDS (SUBJECT)])"))
                    .contains("Subject: Delivery Status Notification (Failure)");
        }
    }

    @Test
    void mailFromOutsideIsPushedToo() throws Exception {
        try (RawImapClient bob = idling(BOB, "INBOX")) {
            gmail.deliverInbound(BOB.address(), "Subject: a reply\r\n\r\nThanks!\r\n"
                    .getBytes(StandardCharsets.US_ASCII));

            assertThat(bob.readLine()).isEqualTo("* 1 EXISTS\r\n");
        }
    }

    @Test
    void aMessageFiledBeforeIdleIsReportedBeforeTheContinuation() throws Exception {
        try (RawImapClient bob = loggedIn(BOB)) {
            assertThat(bob.command("s1", "SELECT INBOX")).contains("* 0 EXISTS\r\n");
            gmail.deliverInbound(BOB.address(), "Subject: early\r\n\r\nx\r\n".getBytes(StandardCharsets.US_ASCII));
            bob.send("i1 IDLE\r\n");

            assertThat(bob.readLine()).isEqualTo("* 1 EXISTS\r\n");
            assertThat(bob.readLine()).isEqualTo("* 1 RECENT\r\n");
            assertThat(bob.readLine()).isEqualTo("+ idling\r\n");
        }
    }

    @Test
    void anotherLineThanDoneEndsIdleWithBad() throws Exception {
        try (RawImapClient bob = idling(BOB, "INBOX")) {
            bob.send("NOOP\r\n");
            assertThat(bob.readLine()).isEqualTo("i1 BAD Could not parse command\r\n");
        }
    }

    @Test
    void idleBeforeLoginIsInTheWrongState() throws Exception {
        try (RawImapClient client = RawImapClient.connect(gmail)) {
            assertThat(client.command("i1", "IDLE")).isEqualTo("i1 BAD Command received in Invalid state.\r\n");
        }
    }

    @Test
    void idleEndsAtTheIdleTimeoutWithGmailsGoodbye() throws Exception {
        try (FakeGmailServer quick = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0)
                .account(BOB.settings()).idleTimeout(Duration.ofSeconds(2)).build().start();
             RawImapClient bob = RawImapClient.connect(quick)) {
            bob.command("l1", "LOGIN " + BOB.address() + " " + BOB.compactAppPassword());
            bob.command("s1", "SELECT INBOX");
            bob.send("i1 IDLE\r\n");
            assertThat(bob.readLine()).isEqualTo("+ idling\r\n");

            assertThat(bob.readLine()).isEqualTo("* BYE Session expired, please login again.\r\n");
            assertThat(bob.isClosedByServer()).isTrue();
        }
    }

    private RawImapClient idling(TestAccount account, String folder) throws Exception {
        RawImapClient client = loggedIn(account);
        assertThat(client.command("s1", "SELECT " + folder)).contains("s1 OK");
        client.send("i1 IDLE\r\n");
        assertThat(client.readLine()).isEqualTo("+ idling\r\n");
        return client;
    }

    private RawImapClient loggedIn(TestAccount account) throws Exception {
        RawImapClient client = RawImapClient.connect(gmail);
        assertThat(client.command("l1", "LOGIN " + account.address() + " " + account.compactAppPassword()))
                .endsWith("authenticated (Success)\r\n");
        return client;
    }

    private void send(TestAccount from, String to) throws Exception {
        try (RawSmtpClient smtp = RawSmtpClient.connect(gmail)) {
            smtp.login(from.address(), from.appPassword());
            smtp.expect("MAIL FROM:<" + from.address() + ">", MAIL_OK);
            smtp.expect("RCPT TO:<" + to + ">", RCPT_OK);
            smtp.expect("DATA", GO_AHEAD);
            smtp.send(TestMessages.message(from.address(), TestMessages.token(), "pushed\r\n") + ".\r\n");
            smtp.expectReply(MESSAGE_ACCEPTED);
        }
    }
}
