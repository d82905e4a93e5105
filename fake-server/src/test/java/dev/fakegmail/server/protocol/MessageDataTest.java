package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.GmailReplies.ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.CHUNK_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.NOOP_OK;
import static dev.fakegmail.server.protocol.GmailReplies.PASSWORD_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static dev.fakegmail.server.protocol.RawSmtpClient.base64;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.Envelope;
import dev.fakegmail.server.ReceivedMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * docs/gmail-smtp.md §6 and docs/robustness.md case 5: what an accepted message looks like in the journal — envelope, session
 * data, and the bytes after dot-unstuffing; SMTP smuggling sequences never end the message.
 */
class MessageDataTest {
    private static final TestAccount ALICE = TestAccount.named("alice");
    @RegisterExtension
    static final ClassServer GMAIL = new ClassServer(ALICE);

    /** Sends one message with DATA ({@code data} is sent as is, followed by {@code .CRLF}). */
    private static void sendWithData(RawSmtpClient client, String data) throws Exception {
        client.expect("MAIL FROM:<alice@gmail.com>", MAIL_OK);
        client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
        client.expect("DATA", GO_AHEAD);
        client.send(data + ".\r\n");
        client.expectReply(MESSAGE_ACCEPTED);
    }

    @Test
    void acceptedMessageCarriesEnvelopeSessionAndTheExactBytes() throws Exception {
        String token = TestMessages.token();
        String message = TestMessages.message(ALICE.address(), token, "Hello Bob,\r\n\r\nsee you.\r\n");
        String sessionId;
        String protocol;
        String cipher;
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.login(ALICE.address(), ALICE.appPassword());
            client.expect("MAIL FROM:<alice@gmail.com>", MAIL_OK);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
            client.expect("RCPT TO:<Carol@Example.com>", RCPT_OK);
            client.expect("DATA", GO_AHEAD);
            client.send(message + ".\r\n");
            client.expectReply(MESSAGE_ACCEPTED);
            sessionId = client.sessionId();
            protocol = client.tlsSession().getProtocol();
            cipher = client.tlsSession().getCipherSuite();
        }
        ReceivedMessage stored = TestMessages.stored(GMAIL.server(), token);
        assertThat(stored.envelope())
                .isEqualTo(new Envelope(ALICE.address(), "alice@gmail.com",
                        List.of("bob@example.com", "Carol@Example.com")));
        assertThat(stored.sessionId()).isEqualTo(sessionId);
        assertThat(stored.authMechanism()).isEqualTo("PLAIN");
        assertThat(stored.tlsProtocol()).isEqualTo(protocol);
        assertThat(stored.tlsCipher()).isEqualTo(cipher);
        TestMessages.assertStoredAsSent(stored, message);
    }

    @Test
    void loginMechanismAndNullSenderAreRecorded() throws Exception {
        String token = TestMessages.token();
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.ehloAndStartTls();
            client.expect("AUTH LOGIN " + base64(ALICE.address()), PASSWORD_CHALLENGE);
            client.expect(base64(ALICE.appPassword()), ACCEPTED);
            client.expect("MAIL FROM:<>", MAIL_OK);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
            client.expect("DATA", GO_AHEAD);
            client.send(TestMessages.message(ALICE.address(), token, "x\r\n") + ".\r\n");
            client.expectReply(MESSAGE_ACCEPTED);
        }
        ReceivedMessage stored = TestMessages.stored(GMAIL.server(), token);
        assertThat(stored.authMechanism()).isEqualTo("LOGIN");
        assertThat(stored.envelope().mailFrom()).isEmpty();
    }

    @Test
    void dotStuffedLinesLoseExactlyOneDot() throws Exception {
        String token = TestMessages.token();
        String sentBody = "line1\r\n..x\r\n...\r\n..\r\n. leading dot and space\r\nend\r\n";
        String storedBody = "line1\r\n.x\r\n..\r\n.\r\n leading dot and space\r\nend\r\n";
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.login(ALICE.address(), ALICE.appPassword());
            sendWithData(client, TestMessages.message(ALICE.address(), token, sentBody));
        }
        TestMessages.assertStoredAsSent(TestMessages.stored(GMAIL.server(), token),
                TestMessages.message(ALICE.address(), token, storedBody));
    }

    @Test
    void theFirstDataLineIsUnstuffedToo() throws Exception {
        String token = TestMessages.token();
        String message = TestMessages.message(ALICE.address(), token, "body\r\n");
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.login(ALICE.address(), ALICE.appPassword());
            sendWithData(client, "..X-Dotted-Header: " + token + "\r\n" + message);
        }
        TestMessages.assertStoredAsSent(TestMessages.stored(GMAIL.server(), token),
                ".X-Dotted-Header: " + token + "\r\n" + message);
    }

    @Test
    void smugglingSequencesDoNotEndTheMessage() throws Exception {
        String token = TestMessages.token();
        String sentBody = "one\n.\nMAIL FROM:<evil1@example.com>\r\n"
                + "two\n.\r\nMAIL FROM:<evil2@example.com>\r\n"
                + "three\r\n.\nMAIL FROM:<evil3@example.com>\r\n"
                + "four\r.\rMAIL FROM:<evil4@example.com>\r\n"
                + "five\r\n";
        // only CRLF ends a line in DATA; the line ".\nMAIL…" starts with a dot, which is removed (RFC 5321 4.5.2)
        String storedBody = "one\n.\nMAIL FROM:<evil1@example.com>\r\n"
                + "two\n.\r\nMAIL FROM:<evil2@example.com>\r\n"
                + "three\r\n\nMAIL FROM:<evil3@example.com>\r\n"
                + "four\r.\rMAIL FROM:<evil4@example.com>\r\n"
                + "five\r\n";
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.login(ALICE.address(), ALICE.appPassword());
            sendWithData(client, TestMessages.message(ALICE.address(), token, sentBody));
            client.expect("NOOP", NOOP_OK); // nothing smuggled was answered in between
        }
        TestMessages.assertStoredAsSent(TestMessages.stored(GMAIL.server(), token),
                TestMessages.message(ALICE.address(), token, storedBody));
    }

    @Test
    void longTextLinesInDataAreStoredAsSent() throws Exception {
        String token = TestMessages.token();
        String message = TestMessages.message(ALICE.address(), token, "z".repeat(5000) + "\r\nend\r\n");
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.login(ALICE.address(), ALICE.appPassword());
            sendWithData(client, message);
        }
        TestMessages.assertStoredAsSent(TestMessages.stored(GMAIL.server(), token), message);
    }

    @Test
    void bdatChunksAreConcatenatedWithoutUnstuffing() throws Exception {
        String token = TestMessages.token();
        String message = TestMessages.message(ALICE.address(), token, "..x\r\n.\r\nafter the dot\r\n");
        int split = message.length() / 2;
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.login(ALICE.address(), ALICE.appPassword());
            client.expect("MAIL FROM:<alice@gmail.com>", MAIL_OK);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
            client.send("BDAT " + split + "\r\n" + message.substring(0, split));
            client.expectReply(CHUNK_ACCEPTED);
            String rest = message.substring(split);
            client.send("BDAT " + rest.length() + " LAST\r\n" + rest);
            client.expectReply(MESSAGE_ACCEPTED);
        }
        ReceivedMessage stored = TestMessages.stored(GMAIL.server(), token);
        TestMessages.assertStoredAsSent(stored, message);
        assertThat(stored.envelope().recipients()).containsExactly("bob@example.com");
    }
}
