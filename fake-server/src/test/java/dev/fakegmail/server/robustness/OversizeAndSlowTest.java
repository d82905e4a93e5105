package dev.fakegmail.server.robustness;

import static dev.fakegmail.server.protocol.GmailReplies.AUTH_LINE_TOO_LONG;
import static dev.fakegmail.server.protocol.GmailReplies.BAD_CREDENTIALS;
import static dev.fakegmail.server.protocol.GmailReplies.EMPTY_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MAX_MESSAGE_SIZE;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_TOO_BIG;
import static dev.fakegmail.server.protocol.GmailReplies.NOOP_OK;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static dev.fakegmail.server.protocol.GmailReplies.XOAUTH2_ERROR_CHALLENGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.protocol.RawSmtpClient;
import dev.fakegmail.server.protocol.TestMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/robustness.md "Limits": 1 MB lines without a newline, AUTH lines at the 12,288-octet bound (XOAUTH2), oversize BDAT,
 * and slow clients that hit the per-command deadline (the deadline runs from the moment a command is awaited, so
 * trickling bytes does not extend it) in AUTH, in the middle of a command line and in DATA. The 1 MB line with a
 * newline, the oversize DATA and the one-byte-a-time command are in {@code protocol.TransactionLimitsTest} and
 * {@code protocol.SessionLimitsTest}. Memory stays bounded by construction; {@code MessageBufferTest} checks it.
 */
class OversizeAndSlowTest {
    private static final String TIMEOUT = "451 4.4.2 Timeout - closing connection. <id> - gsmtp\r\n";
    private static final int AUTH_LIMIT = 12_288;

    @Test
    void aOneMegabyteLineWithoutNewlineEndsAtTheDeadline() throws Exception {
        try (Arena arena = Arena.start(builder -> builder.idleTimeout(Duration.ofMillis(800)))) {
            try (RawSmtpClient client = arena.loggedIn()) {
                client.sendBytes(ones(1024 * 1024));
                client.expectReply(TIMEOUT);
                client.readUntilClosed();
            }
            arena.assertOthersUnaffected();
        }
    }

    @Test
    void aOneMegabyteLineWithoutNewlineThenEndOfInputClosesTheSession() throws Exception {
        try (Arena arena = Arena.start().withWitness()) {
            try (RawSmtpClient client = arena.loggedIn()) {
                client.sendBytes(ones(1024 * 1024));
                client.halfClose();
                assertThat(client.readUntilClosed()).isEmpty();
            }
            arena.assertOthersUnaffected();
        }
    }

    @Test
    void aOneMegabyteAuthContinuationIsTooLongAndTheSessionGoesOn() throws Exception {
        try (Arena arena = Arena.start().withWitness(); RawSmtpClient client = secured(arena)) {
            client.expect("AUTH XOAUTH2", EMPTY_CHALLENGE);
            client.sendBytes(ones(1024 * 1024));
            client.expect("", AUTH_LINE_TOO_LONG);
            client.expect("NOOP", NOOP_OK);
            arena.assertOthersUnaffected();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anXoauth2LineOfExactly12288OctetsIsReadAndOneMoreIsTooLong(boolean initialResponse) throws Exception {
        try (Arena arena = Arena.start().withWitness(); RawSmtpClient client = secured(arena)) {
            String prefix = initialResponse ? "AUTH XOAUTH2 " : "";
            for (int octets : new int[] {AUTH_LIMIT, AUTH_LIMIT + 1}) {
                if (!initialResponse) {
                    client.expect("AUTH XOAUTH2", EMPTY_CHALLENGE);
                }
                String line = xoauth2Line(prefix, octets);
                assertThat(line.length() + 2).isEqualTo(octets);
                if (octets == AUTH_LIMIT) {
                    client.expect(line, XOAUTH2_ERROR_CHALLENGE);
                    client.expect("", BAD_CREDENTIALS);
                } else {
                    client.expect(line, AUTH_LINE_TOO_LONG);
                }
                client.expect("NOOP", NOOP_OK);
            }
            arena.assertOthersUnaffected();
        }
    }

    @Test
    void anOversizeBdatChunkIsReadThenRefusedAndTheSessionGoesOn() throws Exception {
        try (Arena arena = Arena.start().withWitness()) {
            String token = TestMessages.token();
            try (RawSmtpClient client = arena.loggedIn()) {
                client.expect("MAIL FROM:<" + Arena.ALICE.address() + ">", MAIL_OK);
                client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
                String head = TestMessages.message(Arena.ALICE.address(), token, "");
                long size = MAX_MESSAGE_SIZE + 1L;
                client.send("BDAT " + size + " LAST\r\n" + head);
                byte[] block = ("z".repeat(1022) + "\r\n").repeat(256).getBytes(StandardCharsets.US_ASCII);
                long left = size - head.length();
                while (left > 0) {
                    int n = (int) Math.min(block.length, left);
                    client.sendBytes(n == block.length ? block : Arrays.copyOf(block, n));
                    left -= n;
                }
                client.expectReply(MESSAGE_TOO_BIG);
                client.expect("NOOP", NOOP_OK);
                arena.deliver(client);
            }
            assertThat(TestMessages.withToken(arena.server, token)).isEmpty();
            arena.assertOthersUnaffected();
        }
    }

    @Test
    void aClientTricklingItsAuthResponseHitsTheDeadline() throws Exception {
        try (Arena arena = Arena.start(builder -> builder.idleTimeout(Duration.ofMillis(600)));
             RawSmtpClient client = secured(arena)) {
            client.expect("AUTH PLAIN", EMPTY_CHALLENGE);
            trickle(client, RawSmtpClient.plain(Arena.ALICE.address(), Arena.ALICE.appPassword()) + "\r\n");
            client.expectReply(TIMEOUT);
            client.readUntilClosed();
            arena.assertOthersUnaffected();
        }
    }

    @Test
    void aClientTricklingDataBelowTheMinimumRateHitsTheDeadline() throws Exception {
        try (Arena arena = Arena.start(builder -> builder.idleTimeout(Duration.ofMillis(600))
                .minDataRate(1_000_000))) {
            String token = TestMessages.token();
            try (RawSmtpClient client = arena.loggedIn()) {
                client.expect("MAIL FROM:<" + Arena.ALICE.address() + ">", MAIL_OK);
                client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
                client.expect("DATA", GO_AHEAD);
                trickle(client, TestMessages.message(Arena.ALICE.address(), token, "x".repeat(200) + "\r\n")
                        + ".\r\n");
                client.expectReply(TIMEOUT);
                client.readUntilClosed();
            }
            assertThat(TestMessages.withToken(arena.server, token)).as("message of the slow client").isEmpty();
            arena.assertOthersUnaffected();
        }
    }

    @Test
    void aClientSilentAfterGoAheadHitsTheDeadline() throws Exception {
        try (Arena arena = Arena.start(builder -> builder.idleTimeout(Duration.ofMillis(500)));
             RawSmtpClient client = arena.loggedIn()) {
            client.expect("MAIL FROM:<" + Arena.ALICE.address() + ">", MAIL_OK);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
            client.expect("DATA", GO_AHEAD);
            client.expectReply(TIMEOUT);
            client.readUntilClosed();
            arena.assertOthersUnaffected();
        }
    }

    /** Sends one byte at a time, 40 ms apart, until the server closes the connection or all is sent. */
    private static void trickle(RawSmtpClient client, String text) throws InterruptedException {
        for (char c : text.toCharArray()) {
            try {
                client.send(String.valueOf(c));
            } catch (IOException closed) {
                return;
            }
            Thread.sleep(40);
        }
    }

    private static String xoauth2Line(String prefix, int octets) {
        String base = prefix + RawSmtpClient.base64("user=" + Arena.ALICE.address() + "\u0001auth=Bearer ya29.");
        StringBuilder line = new StringBuilder(base.substring(0, base.length() - 4));
        String tail = base.substring(base.length() - 4); // the padded last quantum stays last
        while (line.length() + tail.length() + 2 + 4 <= octets) {
            line.append("QUFB");
        }
        line.append(tail);
        while (line.length() + 2 < octets) {
            line.append(' '); // trailing spaces are trimmed from the response
        }
        return line.toString();
    }

    private static RawSmtpClient secured(Arena arena) throws IOException {
        RawSmtpClient client = RawSmtpClient.connect(arena.server);
        client.ehloAndStartTls();
        return client;
    }

    private static byte[] ones(int count) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) '1');
        return bytes;
    }
}
