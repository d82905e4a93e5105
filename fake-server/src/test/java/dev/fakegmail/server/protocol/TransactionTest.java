package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.GmailReplies.ADDRESS_SYNTAX;
import static dev.fakegmail.server.protocol.GmailReplies.AUTHENTICATION_REQUIRED;
import static dev.fakegmail.server.protocol.GmailReplies.CHUNK_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.CLOSING;
import static dev.fakegmail.server.protocol.GmailReplies.FLUSHED;
import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.HELP;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_FIRST;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.NESTED_MAIL;
import static dev.fakegmail.server.protocol.GmailReplies.NOOP_OK;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_FIRST;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static dev.fakegmail.server.protocol.GmailReplies.UNRECOGNIZED_COMMAND;
import static dev.fakegmail.server.protocol.GmailReplies.VRFY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/gmail-smtp.md §1a and §6: the mail transaction's replies, byte for byte, and its order rules. */
class TransactionTest {
    private static final TestAccount ALICE = TestAccount.named("alice");
    private static final String FROM = "MAIL FROM:<alice@gmail.com>";
    private static final String TO = "RCPT TO:<bob@example.com>";
    @RegisterExtension
    static final ClassServer GMAIL = new ClassServer(ALICE);

    private static RawSmtpClient loggedIn() throws Exception {
        RawSmtpClient client = RawSmtpClient.connect(GMAIL.server());
        client.login(ALICE.address(), ALICE.appPassword());
        return client;
    }

    @Test
    void dataTransactionRepliesByteForByte() throws Exception {
        String token = TestMessages.token();
        try (RawSmtpClient client = loggedIn()) {
            client.expect(FROM, MAIL_OK);
            client.expect(TO, RCPT_OK);
            client.expect("DATA", GO_AHEAD);
            client.send(TestMessages.message(ALICE.address(), token, "Hello\r\n") + ".\r\n");
            client.expectReply(MESSAGE_ACCEPTED);
            client.expect("QUIT", CLOSING);
            assertThat(client.isClosedByServer()).as("connection closed after QUIT").isTrue();
        }
    }

    @Test
    void secondTransactionOnTheSameConnection() throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            for (int i = 0; i < 2; i++) {
                client.expect(FROM, MAIL_OK);
                client.expect(TO, RCPT_OK);
                client.expect("DATA", GO_AHEAD);
                client.send(TestMessages.message(ALICE.address(), TestMessages.token(), "Hi\r\n") + ".\r\n");
                client.expectReply(MESSAGE_ACCEPTED);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAIL FROM:<alice@gmail.com> SIZE=171", "MAIL FROM:<alice@gmail.com> BODY=8BITMIME",
            "MAIL FROM:<alice@gmail.com> SMTPUTF8", "MAIL FROM:<alice@gmail.com> SIZE=171 BODY=8BITMIME SMTPUTF8",
            "MAIL FROM:<someone.else@example.org>", "MAIL FROM:<>", "mail from:<alice@gmail.com> size=171",
            "MAIL FROM:<alice@gmail.com> SIZE=35882577"})
    void mailIsAcceptedWithAnyAddressAndTheAdvertisedParameters(String line) throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.expect(line, MAIL_OK);
        }
    }

    @Test
    void bdatChunks() throws Exception {
        String token = TestMessages.token();
        String message = TestMessages.message(ALICE.address(), token, "Chunked\r\n");
        String first = message.substring(0, 40);
        String last = message.substring(40);
        try (RawSmtpClient client = loggedIn()) {
            client.expect(FROM, MAIL_OK);
            client.expect(TO, RCPT_OK);
            client.send("BDAT " + first.length() + "\r\n" + first);
            client.expectReply(CHUNK_ACCEPTED);
            client.send("BDAT " + last.length() + " LAST\r\n" + last);
            client.expectReply(MESSAGE_ACCEPTED);
            client.expect("NOOP", NOOP_OK);
        }
    }

    @Test
    void bdatWithAnEmptyLastChunk() throws Exception {
        String message = TestMessages.message(ALICE.address(), TestMessages.token(), "Chunked\r\n");
        try (RawSmtpClient client = loggedIn()) {
            client.expect(FROM, MAIL_OK);
            client.expect(TO, RCPT_OK);
            client.send("BDAT " + message.length() + "\r\n" + message);
            client.expectReply(CHUNK_ACCEPTED);
            client.expect("BDAT 0 LAST", MESSAGE_ACCEPTED);
        }
    }

    @Test
    void rsetFlushesTheTransaction() throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.expect(FROM, MAIL_OK);
            client.expect(TO, RCPT_OK);
            client.expect("RSET", FLUSHED);
            client.expect(TO, MAIL_FIRST);
            client.expect(FROM, MAIL_OK);
        }
    }

    @Test
    void noopHelpAndVrfyInsideATransactionKeepIt() throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.expect(FROM, MAIL_OK);
            client.expect("NOOP", NOOP_OK);
            client.expect("HELP", HELP);
            client.expect("VRFY bob@example.com", VRFY);
            client.expect(TO, RCPT_OK);
            client.expect("DATA", GO_AHEAD);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {FROM, TO, "DATA", "BDAT 0 LAST"})
    void transactionVerbsBeforeAuthNeedAuthentication(String line) throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.ehloAndStartTls();
            client.expect(line, AUTHENTICATION_REQUIRED); // §1a: rule 3 before rule 4
        }
    }

    @Test
    void mailBeforeAuthOnTheSslPortNeedsAuthentication() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connectSsl(GMAIL.server())) {
            client.ehloAndStartTls();
            client.expect(FROM, AUTHENTICATION_REQUIRED);
        }
    }

    @Test
    void rcptBeforeMail() throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.expect(TO, MAIL_FIRST);
        }
    }

    @Test
    void dataBeforeMail() throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.expect("DATA", MAIL_FIRST);
        }
    }

    @Test
    void dataBeforeRcpt() throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.expect(FROM, MAIL_OK);
            client.expect("DATA", RCPT_FIRST);
            client.expect(TO, RCPT_OK);
            client.expect("DATA", GO_AHEAD);
        }
    }

    @Test
    void nestedMail() throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.expect(FROM, MAIL_OK);
            client.expect(FROM, NESTED_MAIL);
            client.expect(TO, RCPT_OK);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAIL FROM:<alice@gmail.com", "MAIL FROM:<alice gmail@gmail.com>",
            "MAIL FROM:<al\u00e9@gmail.com>", "MAIL FROM:<al\u0000ice@gmail.com>", "MAIL FROM:<al\u0007ice@gmail.com>"})
    void badAddressSyntaxInMail(String line) throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.expect(line, ADDRESS_SYNTAX);
            client.expect(FROM, MAIL_OK);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"RCPT TO:<bob@example.com", "RCPT TO:<bob example@example.com>",
            "RCPT TO:<b\u00f6b@example.com>", "RCPT TO:<bob@exa\u0000mple.com>"})
    void badAddressSyntaxInRcpt(String line) throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.expect(FROM, MAIL_OK);
            client.expect(line, ADDRESS_SYNTAX);
            client.expect(TO, RCPT_OK);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"FOO", "XYZZY bar", "NO\u0001OP", "NO\u00ffOP", "\u0000"})
    void unknownCommand(String line) throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.expect(line, UNRECOGNIZED_COMMAND);
            client.expect("NOOP", NOOP_OK);
        }
    }

    @Test
    void unknownCommandBeforeStartTls() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("FOO", UNRECOGNIZED_COMMAND);
        }
    }

    @Test
    void lowercaseVerbsAndParameters() throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.expect("mail FROM:<alice@gmail.com> size=171", MAIL_OK);
            client.expect("rcpt to:<bob@example.com>", RCPT_OK);
            client.expect("data", GO_AHEAD);
            client.send(TestMessages.message(ALICE.address(), TestMessages.token(), "lower\r\n") + ".\r\n");
            client.expectReply(MESSAGE_ACCEPTED);
            client.expect("rset", FLUSHED);
            client.expect("noop", NOOP_OK);
            client.expect("quit", CLOSING);
        }
    }

    @Test
    void wholeTransactionPipelinedInOneWrite() throws Exception {
        String token = TestMessages.token();
        try (RawSmtpClient client = loggedIn()) {
            client.sendBytes((FROM + "\r\n" + TO + "\r\nRCPT TO:<carol@example.com>\r\nDATA\r\n"
                    + TestMessages.message(ALICE.address(), token, "Pipelined\r\n") + ".\r\nNOOP\r\nQUIT\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            client.expectReply(MAIL_OK);
            client.expectReply(RCPT_OK);
            client.expectReply(RCPT_OK);
            client.expectReply(GO_AHEAD);
            client.expectReply(MESSAGE_ACCEPTED);
            client.expectReply(NOOP_OK);
            client.expectReply(CLOSING);
            assertThat(client.isClosedByServer()).isTrue();
        }
        assertThat(TestMessages.stored(GMAIL.server(), token).envelope().recipients())
                .containsExactly("bob@example.com", "carol@example.com");
    }

    @Test
    void pipelinedCommandsWithErrorsAnswerEachInOrder() throws Exception {
        try (RawSmtpClient client = loggedIn()) {
            client.send(TO + "\r\n" + FROM + "\r\n" + FROM + "\r\nDATA\r\nFOO\r\n" + TO + "\r\nRSET\r\n");
            client.expectReply(MAIL_FIRST);
            client.expectReply(MAIL_OK);
            client.expectReply(NESTED_MAIL);
            client.expectReply(RCPT_FIRST);
            client.expectReply(UNRECOGNIZED_COMMAND);
            client.expectReply(RCPT_OK);
            client.expectReply(FLUSHED);
        }
    }
}
