package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.LINE_TOO_LONG;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MAX_MESSAGE_SIZE;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_TOO_BIG;
import static dev.fakegmail.server.protocol.GmailReplies.NOOP_OK;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static dev.fakegmail.server.protocol.GmailReplies.SIZE_DECLARED_TOO_BIG;
import static dev.fakegmail.server.protocol.GmailReplies.TOO_MANY_RECIPIENTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.ReceivedMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/gmail-smtp.md §6 limits and docs/robustness.md "Limits": SIZE, recipients, line lengths, bare LF. */
class TransactionLimitsTest {
    private static final TestAccount ALICE = TestAccount.named("alice");
    private static final String FROM = "MAIL FROM:<alice@gmail.com>";
    @RegisterExtension
    static final ClassServer GMAIL = new ClassServer(ALICE);

    private static RawSmtpClient loggedIn() throws Exception {
        RawSmtpClient client = RawSmtpClient.connect(GMAIL.server());
        client.login(ALICE.address(), ALICE.appPassword());
        return client;
    }

    @Test
    void declaredSizeAboveGmailsLimitIsRefusedAtMail() throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.expect(FROM + " SIZE=" + (MAX_MESSAGE_SIZE + 1), SIZE_DECLARED_TOO_BIG);
            client.expect(FROM + " SIZE=" + MAX_MESSAGE_SIZE, MAIL_OK);
        }
    }

    @Test
    void theHundredAndFirstRecipientIsRefused() throws Exception {
        String token = TestMessages.token();
        try (RawSmtpClient client = loggedIn()) {
            client.expect(FROM, MAIL_OK);
            StringBuilder rcpts = new StringBuilder();
            for (int i = 1; i <= 102; i++) {
                rcpts.append("RCPT TO:<r").append(i).append("@example.com>\r\n");
            }
            client.send(rcpts.toString());
            for (int i = 1; i <= 100; i++) {
                client.expectReply(RCPT_OK);
            }
            client.expectReply(TOO_MANY_RECIPIENTS);
            client.expectReply(TOO_MANY_RECIPIENTS);
            client.expect("DATA", GO_AHEAD);
            client.send(TestMessages.message(ALICE.address(), token, "Many\r\n") + ".\r\n");
            client.expectReply(MESSAGE_ACCEPTED);
        }
        ReceivedMessage stored = TestMessages.stored(GMAIL.server(), token);
        assertThat(stored.envelope().recipients()).hasSize(100).startsWith("r1@example.com").endsWith("r100@example.com");
    }

    @Test
    void commandLineOf512OctetsIsAcceptedAnd513IsTooLong() throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.expect("NOOP " + "x".repeat(512 - "NOOP \r\n".length()), NOOP_OK);
            client.expect("NOOP " + "x".repeat(513 - "NOOP \r\n".length()), LINE_TOO_LONG);
            client.expect("NOOP", NOOP_OK);
        }
    }

    @Test
    void lineTooLongBeforeStartTls() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("EHLO " + "h".repeat(600), LINE_TOO_LONG);
            client.expect("NOOP", NOOP_OK);
        }
    }

    @Test
    void mailLineAbove1000OctetsIsTooLongAndTheSessionGoesOn() throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            String line = FROM + " " + "X".repeat(1001 - FROM.length() - 3);
            assertThat(line.length() + 2).isEqualTo(1001);
            client.expect(line, LINE_TOO_LONG);
            client.expect(FROM, MAIL_OK); // the refused line started no transaction
        }
    }

    @Test
    void rcptLineAbove1000OctetsIsTooLong() throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.expect(FROM, MAIL_OK);
            client.expect("RCPT TO:<bob@example.com> " + "X".repeat(2000), LINE_TOO_LONG);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
        }
    }

    @Test
    void aOneMegabyteLineIsReadAndDiscarded() throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            byte[] line = new byte[1024 * 1024 + 2];
            Arrays.fill(line, (byte) 'x');
            line[line.length - 2] = '\r';
            line[line.length - 1] = '\n';
            client.sendBytes(line);
            client.expectReply(LINE_TOO_LONG);
            client.expect("NOOP", NOOP_OK);
        }
    }

    @Test
    void bareLineFeedEndsACommandLine() throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.send("NOOP\n");
            client.expectReply(NOOP_OK);
            client.send(FROM + "\nRCPT TO:<bob@example.com>\n");
            client.expectReply(MAIL_OK);
            client.expectReply(RCPT_OK);
        }
    }

    @Test
    void bareLineFeedEndsTheEhloLine() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.send("EHLO client.example\n");
            client.expectReply(GmailReplies.EHLO_PLAIN);
        }
    }

    @Test
    void messageAboveGmailsLimitIsReadThenRefused() throws Exception {
        String token = TestMessages.token();
        try (RawSmtpClient client = loggedIn()) {
            client.expect(FROM, MAIL_OK);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
            client.expect("DATA", GO_AHEAD);
            client.send(TestMessages.message(ALICE.address(), token, ""));
            byte[] lines = ("y".repeat(998) + "\r\n").repeat(1024).getBytes(StandardCharsets.US_ASCII);
            for (long sent = 0; sent <= MAX_MESSAGE_SIZE; sent += lines.length) {
                client.sendBytes(lines);
            }
            client.send(".\r\n");
            client.expectReply(MESSAGE_TOO_BIG);
            client.expect("NOOP", NOOP_OK);
        }
        assertThat(TestMessages.withToken(GMAIL.server(), token)).as("a refused message is not stored").isEmpty();
    }
}
