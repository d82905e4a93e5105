package dev.fakegmail.server.robustness;

import static dev.fakegmail.server.protocol.GmailReplies.ADDRESS_SYNTAX;
import static dev.fakegmail.server.protocol.GmailReplies.EMPTY_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.NOOP_OK;
import static dev.fakegmail.server.protocol.GmailReplies.UNRECOGNIZED_COMMAND;
import static dev.fakegmail.server.protocol.GmailReplies.USERNAME_CHALLENGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.protocol.RawSmtpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docs/robustness.md case 6: bytes that are not text — NUL, control characters, DEL, a bare CR, 0x80–0xFF and broken
 * UTF-8 — in every part of a command line. Each gets one well-formed error reply (a verb with such bytes is an
 * unknown command, an address a syntax error), never an exception, and the session goes on. Single cases of a
 * verb and an address with such bytes are in {@code protocol.TransactionTest}. A reply that names the client's
 * option never echoes a control character (no bare CR in a reply).
 */
class NonTextBytesTest {
    private static final char[] HOSTILE = {0x00, 0x01, 0x07, 0x08, 0x09, 0x0b, 0x0c, 0x0d, 0x1b, 0x7f, 0x80, 0x85, 0xa0,
        0xc0, 0xc3, 0xe2, 0xff};
    private static final Pattern ERROR_REPLY = Pattern.compile(
            "(5[0-9]{2}-[^\r\n]*\r\n)*5[0-9]{2} [^\r\n]* - gsmtp\r\n");

    /** Where in the session the bytes go. */
    enum Position {
        VERB, WHOLE_LINE, EHLO_ARGUMENT_BEFORE_TLS, EHLO_ARGUMENT, HELO_ARGUMENT, MAIL_ADDRESS, MAIL_PARAMETER,
        AFTER_MAIL_PATH, MAIL_OPTION_NAME, RCPT_ADDRESS, AFTER_RCPT_PATH, AUTH_MECHANISM, AUTH_INITIAL_RESPONSE,
        AUTH_CONTINUATION, LOGIN_USERNAME, BDAT_SIZE, DATA_ARGUMENT, STARTTLS_ARGUMENT
    }

    @ParameterizedTest
    @EnumSource(Position.class)
    void everyHostileByteGetsAnErrorReplyAndTheSessionGoesOn(Position position) throws Exception {
        try (Arena arena = Arena.start(builder -> builder.maxErrors(10_000)).withWitness()) {
            try (RawSmtpClient client = prepared(arena, position)) {
                for (char c : HOSTILE) {
                    before(client, position);
                    String reply = client.command(line(position, c));
                    assertThat(reply).as("reply to %s with byte 0x%02x", position, (int) c).matches(ERROR_REPLY);
                    if (position == Position.VERB || position == Position.WHOLE_LINE) {
                        assertThat(reply).isEqualTo(UNRECOGNIZED_COMMAND.replace("<id>", client.sessionId()));
                    }
                    if (position == Position.MAIL_ADDRESS || position == Position.RCPT_ADDRESS) {
                        assertThat(reply).isEqualTo(ADDRESS_SYNTAX.replace("<id>", client.sessionId()));
                    }
                    client.expect("NOOP", NOOP_OK);
                }
            }
            arena.assertOthersUnaffected();
        }
    }

    @Test
    void brokenUtf8WithSmtputf8IsRefusedOrKeptWithoutBreakingTheSession() throws Exception {
        List<String> broken = new ArrayList<>();
        for (String bytes : new String[] {"\u00c0\u008a", "\u00ed\u00a0\u0080", "\u00f8\u0088\u0080\u0080\u0080",
            "\u00c3", "\u00e2\u0080", "\u00ff\u00fe"}) {
            broken.add(bytes);
        }
        try (Arena arena = Arena.start(builder -> builder.maxErrors(10_000)).withWitness()) {
            try (RawSmtpClient client = arena.loggedIn()) {
                for (String bytes : broken) {
                    String reply = client.command("MAIL FROM:<a" + bytes + "@example.com> SMTPUTF8");
                    assertThat(reply).startsWith(reply.startsWith("250") ? "250 2.1.0 OK " : "555-5.5.2 ");
                    client.expect("RSET", dev.fakegmail.server.protocol.GmailReplies.FLUSHED);
                }
                client.expect("NOOP", NOOP_OK);
            }
            arena.assertOthersUnaffected();
        }
    }

    private static RawSmtpClient prepared(Arena arena, Position position) throws Exception {
        if (position == Position.EHLO_ARGUMENT_BEFORE_TLS || position == Position.STARTTLS_ARGUMENT) {
            RawSmtpClient client = RawSmtpClient.connect(arena.server);
            client.expect("EHLO client.example", dev.fakegmail.server.protocol.GmailReplies.EHLO_PLAIN);
            return client;
        }
        if (position == Position.AUTH_MECHANISM || position == Position.AUTH_INITIAL_RESPONSE
                || position == Position.AUTH_CONTINUATION || position == Position.LOGIN_USERNAME) {
            RawSmtpClient client = RawSmtpClient.connect(arena.server);
            client.ehloAndStartTls();
            return client;
        }
        RawSmtpClient client = arena.loggedIn();
        if (position == Position.RCPT_ADDRESS || position == Position.AFTER_RCPT_PATH || position == Position.BDAT_SIZE
                || position == Position.DATA_ARGUMENT) {
            client.expect("MAIL FROM:<" + Arena.ALICE.address() + ">", MAIL_OK);
        }
        if (position == Position.BDAT_SIZE || position == Position.DATA_ARGUMENT) {
            client.expect("RCPT TO:<bob@example.com>", dev.fakegmail.server.protocol.GmailReplies.RCPT_OK);
        }
        return client;
    }

    private static String line(Position position, char c) {
        return switch (position) {
            case VERB -> "NO" + c + "OP";
            case WHOLE_LINE -> String.valueOf(c);
            case EHLO_ARGUMENT_BEFORE_TLS, EHLO_ARGUMENT -> "EHLO cl" + c + "ient.example";
            case HELO_ARGUMENT -> "HELO cl" + c + "ient.example";
            case MAIL_ADDRESS -> "MAIL FROM:<al" + c + "ice@gmail.com>";
            case MAIL_PARAMETER -> "MAIL FROM:<alice@gmail.com> SIZE=1" + c;
            case AFTER_MAIL_PATH -> "MAIL FROM:<alice@gmail.com>" + c;
            case MAIL_OPTION_NAME -> "MAIL FROM:<alice@gmail.com> X" + c + "250 OK=1";
            case RCPT_ADDRESS -> "RCPT TO:<b" + c + "ob@example.com>";
            case AFTER_RCPT_PATH -> "RCPT TO:<bob@example.com>" + c;
            case AUTH_MECHANISM -> "AUTH PL" + c + "AIN";
            case AUTH_INITIAL_RESPONSE -> "AUTH PLAIN AGFs" + c + "aWNl";
            case AUTH_CONTINUATION -> "AGFs" + c + "aWNl";
            case LOGIN_USERNAME -> "YWxp" + c + "Y2U=";
            case BDAT_SIZE -> "BDAT 1" + c;
            case DATA_ARGUMENT -> "DATA " + c;
            case STARTTLS_ARGUMENT -> "STARTTLS " + c;
        };
    }

    /** Before each byte: the exchange whose continuation line is under test. */
    private static void before(RawSmtpClient client, Position position) throws Exception {
        if (position == Position.AUTH_CONTINUATION) {
            client.expect("AUTH PLAIN", EMPTY_CHALLENGE);
        } else if (position == Position.LOGIN_USERNAME) {
            client.expect("AUTH LOGIN", USERNAME_CHALLENGE);
        }
    }
}
