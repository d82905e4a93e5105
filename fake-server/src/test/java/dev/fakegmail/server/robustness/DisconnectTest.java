package dev.fakegmail.server.robustness;

import static dev.fakegmail.server.protocol.GmailReplies.CHUNK_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.EHLO_PLAIN;
import static dev.fakegmail.server.protocol.GmailReplies.EMPTY_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.PASSWORD_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static dev.fakegmail.server.protocol.GmailReplies.READY_TO_START_TLS;
import static dev.fakegmail.server.protocol.GmailReplies.USERNAME_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.XOAUTH2_ERROR_CHALLENGE;
import static dev.fakegmail.server.protocol.RawSmtpClient.base64;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.protocol.RawSmtpClient;
import dev.fakegmail.server.protocol.TestMessages;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docs/robustness.md case 1: the client's side of the connection ends — with a TCP reset (SO_LINGER 0) or with an
 * orderly end of its output (FIN, or TLS close_notify inside TLS) — in every state of a session, on both ports.
 * Never a partial message; after a half-close the server closes its side too (no session is left waiting); other
 * sessions, even one in the middle of DATA, carry on; new connections are accepted; nothing is logged as a failure
 * and no thread is left after {@code stop()}. The orderly close (FIN) of the transaction states is in
 * {@code protocol.AbortedTransactionTest}.
 */
class DisconnectTest {
    /** A ClientHello record header and the first bytes of its body: a handshake that never completes. */
    private static final byte[] PARTIAL_CLIENT_HELLO = {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, (byte) 0xfc};

    /** How the client's side ends. */
    enum Ending { RESET, HALF_CLOSE }

    /** Where the session is when the client's side ends. */
    enum State {
        RIGHT_AFTER_CONNECT, AFTER_GREETING, MID_COMMAND_LINE, AFTER_EHLO, AFTER_STARTTLS_READY_BEFORE_HANDSHAKE,
        MID_STARTTLS_HANDSHAKE, SSL_PORT_BEFORE_HANDSHAKE, MID_SSL_PORT_HANDSHAKE, AFTER_TLS_BEFORE_EHLO,
        MID_AUTH_PLAIN_CONTINUATION, AUTH_LOGIN_AT_USERNAME, AUTH_LOGIN_MID_PASSWORD, AFTER_XOAUTH2_ERROR_CHALLENGE,
        MID_AUTH_COMMAND_LINE, AFTER_AUTH, AFTER_MAIL, AFTER_RCPT, AFTER_GO_AHEAD, MID_DATA, MID_DATA_AFTER_CRLF_DOT_CR,
        MID_DATA_PIPELINED, MID_BDAT_CHUNK, AFTER_BDAT_CHUNK, MID_DATA_ON_SSL_PORT
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(State.class)
    void resetInEveryState(State state) throws Exception {
        endInState(state, Ending.RESET);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(State.class)
    void halfCloseInEveryState(State state) throws Exception {
        endInState(state, Ending.HALF_CLOSE);
    }

    private static void endInState(State state, Ending ending) throws Exception {
        try (Arena arena = Arena.start().withWitness()) {
            String token = TestMessages.token();
            RawSmtpClient client = enter(arena, state, token);
            try {
                if (ending == Ending.RESET) {
                    client.reset();
                } else {
                    client.halfClose();
                    client.readUntilClosed(); // fails unless the server closes its side

                }
            } finally {
                client.close();
            }
            arena.assertOthersUnaffected();
            assertThat(TestMessages.withToken(arena.server, token)).as("partial message").isEmpty();
        }
    }

    private static RawSmtpClient enter(Arena arena, State state, String token) throws IOException {
        String message = TestMessages.message(Arena.ALICE.address(), token, "partial body\r\n");
        RawSmtpClient client;
        switch (state) {
            case RIGHT_AFTER_CONNECT -> client = RawSmtpClient.open(arena.server, arena.smtpPort());
            case AFTER_GREETING -> client = RawSmtpClient.connect(arena.server);
            case MID_COMMAND_LINE -> {
                client = RawSmtpClient.connect(arena.server);
                client.send("EHLO client.exa");
            }
            case AFTER_EHLO -> {
                client = RawSmtpClient.connect(arena.server);
                client.expect("EHLO client.example", EHLO_PLAIN);
            }
            case AFTER_STARTTLS_READY_BEFORE_HANDSHAKE -> {
                client = RawSmtpClient.connect(arena.server);
                client.expect("EHLO client.example", EHLO_PLAIN);
                client.expect("STARTTLS", READY_TO_START_TLS);
            }
            case MID_STARTTLS_HANDSHAKE -> {
                client = RawSmtpClient.connect(arena.server);
                client.expect("EHLO client.example", EHLO_PLAIN);
                client.expect("STARTTLS", READY_TO_START_TLS);
                client.sendBytes(PARTIAL_CLIENT_HELLO);
            }
            case SSL_PORT_BEFORE_HANDSHAKE -> client = RawSmtpClient.open(arena.server, arena.sslPort());
            case MID_SSL_PORT_HANDSHAKE -> {
                client = RawSmtpClient.open(arena.server, arena.sslPort());
                client.sendBytes(PARTIAL_CLIENT_HELLO);
            }
            case AFTER_TLS_BEFORE_EHLO -> {
                client = RawSmtpClient.connect(arena.server);
                client.expect("EHLO client.example", EHLO_PLAIN);
                client.expect("STARTTLS", READY_TO_START_TLS);
                client.startTls();
            }
            case MID_AUTH_PLAIN_CONTINUATION -> {
                client = secured(arena);
                client.expect("AUTH PLAIN", EMPTY_CHALLENGE);
                client.send(RawSmtpClient.plain(Arena.ALICE.address(), Arena.ALICE.appPassword()).substring(0, 10));
            }
            case AUTH_LOGIN_AT_USERNAME -> {
                client = secured(arena);
                client.expect("AUTH LOGIN", USERNAME_CHALLENGE);
            }
            case AUTH_LOGIN_MID_PASSWORD -> {
                client = secured(arena);
                client.expect("AUTH LOGIN " + base64(Arena.ALICE.address()), PASSWORD_CHALLENGE);
                client.send(base64(Arena.ALICE.appPassword()).substring(0, 8));
            }
            case AFTER_XOAUTH2_ERROR_CHALLENGE -> {
                client = secured(arena);
                client.expect("AUTH XOAUTH2 " + base64("user=" + Arena.ALICE.address()
                        + "\u0001auth=Bearer ya29.unknown\u0001\u0001"), XOAUTH2_ERROR_CHALLENGE);
            }
            case MID_AUTH_COMMAND_LINE -> {
                client = secured(arena);
                client.send("AUTH PLAIN " + "QUFB".repeat(1000));
            }
            case AFTER_AUTH -> client = arena.loggedIn();
            case AFTER_MAIL -> {
                client = arena.loggedIn();
                client.expect("MAIL FROM:<" + Arena.ALICE.address() + ">", MAIL_OK);
            }
            case AFTER_RCPT -> client = inTransaction(arena);
            case AFTER_GO_AHEAD -> {
                client = inTransaction(arena);
                client.expect("DATA", GO_AHEAD);
            }
            case MID_DATA -> {
                client = inTransaction(arena);
                client.expect("DATA", GO_AHEAD);
                client.send(message + "more body without an end");
            }
            case MID_DATA_AFTER_CRLF_DOT_CR -> {
                client = inTransaction(arena);
                client.expect("DATA", GO_AHEAD);
                client.send(message + ".\r");
            }
            case MID_DATA_PIPELINED -> {
                client = arena.loggedIn();
                client.send("MAIL FROM:<" + Arena.ALICE.address() + ">\r\nRCPT TO:<bob@example.com>\r\nDATA\r\n"
                        + message);
            }
            case MID_BDAT_CHUNK -> {
                client = inTransaction(arena);
                client.send("BDAT " + (message.length() + 10) + " LAST\r\n" + message);
            }
            case AFTER_BDAT_CHUNK -> {
                client = inTransaction(arena);
                client.send("BDAT " + message.length() + "\r\n" + message);
                client.expectReply(CHUNK_ACCEPTED);
            }
            case MID_DATA_ON_SSL_PORT -> {
                client = RawSmtpClient.connectSsl(arena.server);
                client.login(Arena.ALICE.address(), Arena.ALICE.appPassword());
                client.expect("MAIL FROM:<" + Arena.ALICE.address() + ">", MAIL_OK);
                client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
                client.expect("DATA", GO_AHEAD);
                client.send(message);
            }
            default -> throw new AssertionError(state);
        }
        return client;
    }

    private static RawSmtpClient secured(Arena arena) throws IOException {
        RawSmtpClient client = RawSmtpClient.connect(arena.server);
        client.ehloAndStartTls();
        return client;
    }

    private static RawSmtpClient inTransaction(Arena arena) throws IOException {
        RawSmtpClient client = arena.loggedIn();
        client.expect("MAIL FROM:<" + Arena.ALICE.address() + ">", MAIL_OK);
        client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
        return client;
    }
}
