package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.GmailReplies.CHUNK_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.EMPTY_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static dev.fakegmail.server.protocol.GmailReplies.READY_TO_START_TLS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.ReceivedMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docs/robustness.md case 1: a connection that ends in the middle of a transaction stores nothing. Each case has its own
 * server; after the aborted connection a complete send follows on a new connection, and the journal must then hold
 * exactly that one message (no sleeping: the second message's 250 orders the check after the abort).
 */
class AbortedTransactionTest {
    private static final TestAccount ALICE = TestAccount.named("alice");

    /** Where and how the first connection ends. */
    enum Abort {
        CLOSE_MID_DATA, RESET_MID_DATA, CLOSE_AFTER_DOT_WITHOUT_CRLF, CLOSE_AFTER_DOT_CR, CLOSE_MID_BDAT_CHUNK,
        CLOSE_BEFORE_BDAT_LAST, CLOSE_MID_AUTH, CLOSE_MID_COMMAND, CLOSE_DURING_TLS_HANDSHAKE
    }

    @ParameterizedTest
    @EnumSource(Abort.class)
    void abortedConnectionStoresNothing(Abort abort) throws Exception {
        try (FakeGmailServer server = FakeGmailServer.builder().smtpPort(0).sslPort(0).account(ALICE.settings())
                .build().start()) {
            String aborted = TestMessages.token();
            abortOnce(server, abort, aborted);
            String complete = TestMessages.token();
            try (RawSmtpClient client = RawSmtpClient.connect(server)) {
                client.login(ALICE.address(), ALICE.appPassword());
                startTransaction(client);
                client.expect("DATA", GO_AHEAD);
                client.send(TestMessages.message(ALICE.address(), complete, "complete\r\n") + ".\r\n");
                client.expectReply(MESSAGE_ACCEPTED);
            }
            server.awaitMessages(1, Duration.ofSeconds(10));
            List<ReceivedMessage> all = server.receivedMessages();
            assertThat(all).hasSize(1);
            assertThat(TestMessages.text(all.get(0))).contains(complete).doesNotContain(aborted);
        }
    }

    private static void abortOnce(FakeGmailServer server, Abort abort, String token) throws Exception {
        RawSmtpClient client = RawSmtpClient.connect(server);
        try {
            String message = TestMessages.message(ALICE.address(), token, "partial body\r\n");
            switch (abort) {
                case CLOSE_MID_DATA, RESET_MID_DATA, CLOSE_AFTER_DOT_WITHOUT_CRLF, CLOSE_AFTER_DOT_CR -> {
                    client.login(ALICE.address(), ALICE.appPassword());
                    startTransaction(client);
                    client.expect("DATA", GO_AHEAD);
                    client.send(message + dataTail(abort));
                }
                case CLOSE_MID_BDAT_CHUNK -> {
                    client.login(ALICE.address(), ALICE.appPassword());
                    startTransaction(client);
                    client.send("BDAT " + (message.length() + 100) + " LAST\r\n" + message);
                }
                case CLOSE_BEFORE_BDAT_LAST -> {
                    client.login(ALICE.address(), ALICE.appPassword());
                    startTransaction(client);
                    client.send("BDAT " + message.length() + "\r\n" + message);
                    client.expectReply(CHUNK_ACCEPTED);
                }
                case CLOSE_MID_AUTH -> {
                    client.ehloAndStartTls();
                    client.expect("AUTH PLAIN", EMPTY_CHALLENGE);
                    client.send("AGFsaWNl");
                }
                case CLOSE_MID_COMMAND -> {
                    client.login(ALICE.address(), ALICE.appPassword());
                    client.send("MAIL FROM:<alice@gm");
                }
                case CLOSE_DURING_TLS_HANDSHAKE -> {
                    client.expect("EHLO client.example", GmailReplies.EHLO_PLAIN);
                    client.expect("STARTTLS", READY_TO_START_TLS);
                    client.sendBytes(new byte[] {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00});
                }
                default -> throw new AssertionError(abort);
            }
        } finally {
            if (abort == Abort.RESET_MID_DATA) {
                client.reset();
            } else {
                client.close();
            }
        }
    }

    private static String dataTail(Abort abort) {
        return switch (abort) {
            case CLOSE_AFTER_DOT_WITHOUT_CRLF -> ".";
            case CLOSE_AFTER_DOT_CR -> ".\r";
            default -> "more body without an end";
        };
    }

    private static void startTransaction(RawSmtpClient client) throws Exception {
        client.expect("MAIL FROM:<alice@gmail.com>", MAIL_OK);
        client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
    }
}
