package dev.fakegmail.server.robustness;

import static dev.fakegmail.server.protocol.GmailReplies.ADDRESS_SYNTAX;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.NOOP_OK;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;

import dev.fakegmail.server.protocol.RawSmtpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/robustness.md case 6 with SMTPUTF8 (RFC 6531): an address whose octets are not well-formed UTF-8 is as
 * undecodable as one with 8-bit octets without SMTPUTF8, in MAIL and in RCPT, and the session goes on.
 */
class InvalidUtf8Test {

    /**
     * Octets (as ISO-8859-1 chars) that are no UTF-8: an invalid byte, overlong '/', overlong LF, a lone continuation
     * byte, a truncated sequence, a surrogate.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\u00ff", "\u00c0\u00af", "\u00c0\u008a", "\u0080", "\u00e2\u0082",
        "\u00ed\u00a0\u0080"})
    void anInvalidUtf8AddressAfterSmtputf8IsUndecodable(String octets) throws Exception {
        try (Arena arena = Arena.start().withWitness(); RawSmtpClient client = arena.loggedIn()) {
            client.expect("MAIL FROM:<al" + octets + "ice@example.com> SMTPUTF8", ADDRESS_SYNTAX);
            client.expect("NOOP", NOOP_OK);
            client.expect("MAIL FROM:<" + Arena.ALICE.address() + "> SMTPUTF8", MAIL_OK);
            client.expect("RCPT TO:<b" + octets + "ob@example.com>", ADDRESS_SYNTAX);
            client.expect("RCPT TO:<z\u00c3\u00abe@example.com>", RCPT_OK); // "zoë" in UTF-8 is fine
            client.expect("RSET", "250 2.1.5 Flushed <id> - gsmtp\r\n");
            arena.deliver(client);
            arena.assertOthersUnaffected();
        }
    }
}
