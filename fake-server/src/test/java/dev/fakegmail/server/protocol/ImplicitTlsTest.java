package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.GmailReplies.CLOSING;
import static dev.fakegmail.server.protocol.GmailReplies.EHLO_TLS;
import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.NOOP_OK;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.ReceivedMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/gmail-smtp.md §2 (port 465) and docs/robustness.md case 2: the implicit-TLS port. */
class ImplicitTlsTest {
    private static final TestAccount ALICE = TestAccount.named("alice");
    @RegisterExtension
    static final ClassServer GMAIL = new ClassServer(ALICE);

    @Test
    void greetingComesAfterTheHandshakeAndEhloAdvertisesAuth() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connectSsl(GMAIL.server())) {
            assertThat(client.tlsSession().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
            assertThat(client.command("EHLO client.example")).isEqualTo(EHLO_TLS);
            client.expect("NOOP", NOOP_OK);
        }
    }

    @Test
    void fullSend() throws Exception {
        String token = TestMessages.token();
        String message = TestMessages.message(ALICE.address(), token, "Over 465\r\n");
        String sessionId;
        String protocol;
        try (RawSmtpClient client = RawSmtpClient.connectSsl(GMAIL.server())) {
            client.login(ALICE.address(), ALICE.appPassword());
            client.expect("MAIL FROM:<alice@gmail.com>", MAIL_OK);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
            client.expect("DATA", GO_AHEAD);
            sessionId = client.sessionId();
            protocol = client.tlsSession().getProtocol();
            client.send(message + ".\r\n");
            client.expectReply(MESSAGE_ACCEPTED);
            client.expect("QUIT", CLOSING);
            assertThat(client.isClosedByServer()).isTrue();
        }
        ReceivedMessage stored = TestMessages.stored(GMAIL.server(), token);
        assertThat(stored.sessionId()).isEqualTo(sessionId);
        assertThat(stored.tlsProtocol()).isEqualTo(protocol);
        TestMessages.assertStoredAsSent(stored, message);
    }

    @Test
    void plainTextToTheSslPortGetsNoGreetingAndIsClosed() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.open(GMAIL.server(), GMAIL.server().sslPort())) {
            client.send("EHLO client.example\r\n");
            String received = new String(client.readUntilClosed(), StandardCharsets.ISO_8859_1);
            assertThat(received).as("nothing in clear text on the SSL port")
                    .doesNotContain("220").doesNotContain("smtp.gmail.com").doesNotContain("gsmtp");
        }
    }

    @Test
    void eachSslConnectionHasItsOwnSessionId() throws Exception {
        try (RawSmtpClient first = RawSmtpClient.connectSsl(GMAIL.server());
                RawSmtpClient second = RawSmtpClient.connectSsl(GMAIL.server())) {
            assertThat(first.sessionId()).isNotEqualTo(second.sessionId());
        }
    }
}
