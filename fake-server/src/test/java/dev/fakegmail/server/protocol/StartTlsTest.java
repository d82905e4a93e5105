package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.GmailReplies.CLOSING;
import static dev.fakegmail.server.protocol.GmailReplies.EHLO_FIRST;
import static dev.fakegmail.server.protocol.GmailReplies.EHLO_PLAIN;
import static dev.fakegmail.server.protocol.GmailReplies.EHLO_TLS;
import static dev.fakegmail.server.protocol.GmailReplies.FLUSHED;
import static dev.fakegmail.server.protocol.GmailReplies.HELP;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MUST_STARTTLS;
import static dev.fakegmail.server.protocol.GmailReplies.NOOP_OK;
import static dev.fakegmail.server.protocol.GmailReplies.READY_TO_START_TLS;
import static dev.fakegmail.server.protocol.GmailReplies.STARTTLS_PIPELINED;
import static dev.fakegmail.server.protocol.GmailReplies.STARTTLS_REPEATED;
import static dev.fakegmail.server.protocol.GmailReplies.SYNTAX_ERROR_IN_PARAMETERS;
import static dev.fakegmail.server.protocol.GmailReplies.VRFY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/gmail-smtp.md §3 and docs/robustness.md cases 2–4: STARTTLS on the submission port. */
class StartTlsTest {
    private static final TestAccount ALICE = TestAccount.named("alice");
    @RegisterExtension
    static final ClassServer GMAIL = new ClassServer(ALICE);

    @Test
    void startTlsRepliesReadyWithoutIdAndHandshakesTls12Or13() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("EHLO client.example", EHLO_PLAIN);
            assertThat(client.command("STARTTLS")).isEqualTo(READY_TO_START_TLS);
            client.startTls();
            assertThat(client.tlsSession().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
            client.expect("EHLO client.example", EHLO_TLS);
        }
    }

    @Test
    void lowercaseStartTlsWorks() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("ehlo client.example", EHLO_PLAIN);
            client.expect("starttls", READY_TO_START_TLS);
            client.startTls();
            client.expect("ehlo client.example", EHLO_TLS);
        }
    }

    @Test
    void startTlsForgetsTheEhlo() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("EHLO client.example", EHLO_PLAIN);
            client.expect("STARTTLS", READY_TO_START_TLS);
            client.startTls();
            client.expect("MAIL FROM:<" + ALICE.address() + ">", EHLO_FIRST);
        }
    }

    @Test
    void startTlsForgetsTheEhloAlsoForAuth() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("EHLO client.example", EHLO_PLAIN);
            client.expect("STARTTLS", READY_TO_START_TLS);
            client.startTls();
            client.expect("AUTH PLAIN " + RawSmtpClient.plain(ALICE.address(), ALICE.appPassword()), EHLO_FIRST);
            client.expect("EHLO client.example", EHLO_TLS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AUTH PLAIN AGFsaWNlAHNlY3JldA==", "AUTH LOGIN", "MAIL FROM:<alice@gmail.com>",
            "RCPT TO:<bob@example.com>", "DATA", "BDAT 0 LAST", "mail from:<alice@gmail.com>"})
    void verbsThatNeedTlsAreRefusedInPlainText(String line) throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("EHLO client.example", EHLO_PLAIN);
            client.expect(line, MUST_STARTTLS);
            client.expect("NOOP", NOOP_OK);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AUTH PLAIN AGFsaWNlAHNlY3JldA==", "MAIL FROM:<alice@gmail.com>",
            "RCPT TO:<bob@example.com>", "DATA", "BDAT 0 LAST"})
    void verbsThatNeedTlsAreRefusedInPlainTextEvenBeforeEhlo(String line) throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect(line, MUST_STARTTLS);
        }
    }

    @Test
    void startTlsInsideTlsIsRefused() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.ehloAndStartTls();
            client.expect("STARTTLS", STARTTLS_REPEATED);
            client.expect("NOOP", NOOP_OK);
        }
    }

    @Test
    void startTlsOnTheSslPortIsRefused() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connectSsl(GMAIL.server())) {
            client.expect("EHLO client.example", EHLO_TLS);
            client.expect("STARTTLS", STARTTLS_REPEATED);
        }
    }

    @Test
    void startTlsWithAnArgumentIsASyntaxError() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("EHLO client.example", EHLO_PLAIN);
            client.expect("STARTTLS now", SYNTAX_ERROR_IN_PARAMETERS);
            client.expect("NOOP", NOOP_OK);
            assertThat(client.isEncrypted()).isFalse();
        }
    }

    @Test
    void startTlsBeforeEhloAsksForEhlo() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("STARTTLS", EHLO_FIRST);
        }
    }

    @Test
    void commandsPipelinedAfterStartTlsAreNotExecutedInsideTls() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("EHLO client.example", EHLO_PLAIN);
            client.send("STARTTLS\r\nMAIL FROM:<x>\r\n");
            client.expectReply(STARTTLS_PIPELINED);
            client.expectReply(MUST_STARTTLS); // the MAIL line is handled as plain text
            client.expect("NOOP", NOOP_OK); // still plain text: no handshake was started
            assertThat(client.isEncrypted()).isFalse();
        }
    }

    @Test
    void aCleanStartTlsAfterARefusedPipelinedOneStillWorks() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("EHLO client.example", EHLO_PLAIN);
            client.send("STARTTLS\r\nNOOP\r\n");
            client.expectReply(STARTTLS_PIPELINED);
            client.expectReply(NOOP_OK);
            client.expect("STARTTLS", READY_TO_START_TLS);
            client.startTls();
            client.expect("EHLO client.example", EHLO_TLS);
        }
    }

    @Test
    void commandsAllowedBeforeStartTls() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("NOOP", NOOP_OK);
            client.expect("EHLO client.example", EHLO_PLAIN);
            client.expect("NOOP", NOOP_OK);
            client.expect("RSET", FLUSHED);
            client.expect("HELP", HELP);
            client.expect("VRFY alice@gmail.com", VRFY);
            client.expect("HELO client.example", GmailReplies.HELO);
            client.expect("QUIT", CLOSING);
            assertThat(client.isClosedByServer()).as("connection closed after QUIT").isTrue();
        }
    }

    @Test
    void plainTextInsteadOfTheHandshakeClosesTheConnection() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("EHLO client.example", EHLO_PLAIN);
            client.expect("STARTTLS", READY_TO_START_TLS);
            client.send("EHLO client.example\r\nMAIL FROM:<alice@gmail.com>\r\n");
            String received = new String(client.readUntilClosed(), StandardCharsets.ISO_8859_1);
            assertThat(received).as("no plain-text SMTP reply after a failed handshake")
                    .doesNotContain("250").doesNotContain("530").doesNotContain("gsmtp");
        }
    }

    @Test
    void sessionAfterStartTlsCanSendMail() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.login(ALICE.address(), ALICE.appPassword());
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
        }
    }
}
