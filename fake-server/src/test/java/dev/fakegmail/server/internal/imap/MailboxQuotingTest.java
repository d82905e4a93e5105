package dev.fakegmail.server.internal.imap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailboxQuotingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SELECT       | ' [Gmail]/Spam\r\n'                      | ' \"[Gmail]/Spam\"\r\n'",
        "SELECT       | ' INBOX\r\n'                             | ' INBOX\r\n'",
        "EXAMINE      | ' \"[Gmail]/Sent Mail\"\r\n'              | ' \"[Gmail]/Sent Mail\"\r\n'",
        "STATUS       | ' [Gmail]/Trash (MESSAGES)\r\n'          | ' \"[Gmail]/Trash\" (MESSAGES)\r\n'",
        "APPEND       | ' [Gmail]/Drafts (\\Seen) {12}\r\n'      | ' \"[Gmail]/Drafts\" (\\Seen) {12}\r\n'",
        "APPEND       | ' {14}\r\n'                              | ' {14}\r\n'",
        "RENAME       | ' [Gmail]/a [Gmail]/b\r\n'               | ' \"[Gmail]/a\" \"[Gmail]/b\"\r\n'",
        "COPY         | ' 1:3 [Gmail]/Trash\r\n'                 | ' 1:3 \"[Gmail]/Trash\"\r\n'",
        "UID          | ' MOVE 4 [Gmail]/Spam\r\n'               | ' MOVE 4 \"[Gmail]/Spam\"\r\n'",
        "UID          | ' FETCH 1 (BODY.PEEK[HEADER])\r\n'       | ' FETCH 1 (BODY.PEEK[HEADER])\r\n'",
        "FETCH        | ' 1 BODY[]\r\n'                          | ' 1 BODY[]\r\n'",
        "NOOP         | '\r\n'                                   | '\r\n'",
    })
    void quotesOnlyMailboxArgumentsWithABracket(String command, String rest, String expected) {
        assertThat(MailboxQuoting.rewrite(command, unescape(rest))).isEqualTo(unescape(expected));
    }

    private static String unescape(String text) {
        return text.replace("\\r", "\r").replace("\\n", "\n");
    }
}
