package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.GmailReplies.ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.EHLO_FIRST;
import static dev.fakegmail.server.protocol.GmailReplies.EHLO_PLAIN;
import static dev.fakegmail.server.protocol.GmailReplies.EHLO_TLS;
import static dev.fakegmail.server.protocol.GmailReplies.EMPTY_HELO;
import static dev.fakegmail.server.protocol.GmailReplies.HELO;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MUST_STARTTLS;
import static dev.fakegmail.server.protocol.GmailReplies.NOOP_OK;
import static dev.fakegmail.server.protocol.GmailReplies.READY_TO_START_TLS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/gmail-smtp.md §1, §1a, §2: the greeting, the session id, EHLO and HELO. */
class GreetingAndEhloTest {
    private static final TestAccount ALICE = TestAccount.named("alice");
    @RegisterExtension
    static final ClassServer GMAIL = new ClassServer(ALICE);

    @Test
    void greetingCarriesAFreshSessionIdOfGmailsShape() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            assertThat(client.greeting()).isEqualTo("220 smtp.gmail.com ESMTP " + client.sessionId() + " - gsmtp\r\n");
            assertThat(client.sessionId()).matches(ReplyPattern.SESSION_ID);
        }
    }

    @Test
    void greetingOnTheSslPortComesAfterTheHandshake() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connectSsl(GMAIL.server())) {
            assertThat(client.sessionId()).matches(ReplyPattern.SESSION_ID);
            assertThat(client.tlsSession().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
        }
    }

    @Test
    void sessionIdsDifferBetweenConnections() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
                ids.add(client.sessionId());
            }
        }
        assertThat(ids).hasSize(5);
    }

    @Test
    void ehloBeforeStartTlsAdvertisesStartTlsAndNoAuth() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            assertThat(client.command("EHLO client.example")).isEqualTo(EHLO_PLAIN);
        }
    }

    @Test
    void ehloAfterStartTlsAdvertisesAuthInPlaceOfStartTls() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("EHLO client.example", EHLO_PLAIN);
            client.expect("STARTTLS", READY_TO_START_TLS);
            client.startTls();
            assertThat(client.command("EHLO client.example")).isEqualTo(EHLO_TLS);
        }
    }

    @Test
    void ehloOnTheSslPortAdvertisesAuth() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connectSsl(GMAIL.server())) {
            assertThat(client.command("EHLO client.example")).isEqualTo(EHLO_TLS);
        }
    }

    @Test
    void sessionIdSurvivesStartTls() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("NOOP", NOOP_OK);
            client.ehloAndStartTls();
            client.expect("NOOP", NOOP_OK); // the <id> check compares with the greeting's id
        }
    }

    @Test
    void heloAnswersOneLineWithoutIpOrId() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            assertThat(client.command("HELO client.example")).isEqualTo(HELO);
        }
    }

    @Test
    void heloIsEnoughForStartTlsAuthAndMail() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("HELO client.example", HELO);
            client.expect("STARTTLS", READY_TO_START_TLS);
            client.startTls();
            client.expect("HELO client.example", HELO);
            client.expect("AUTH PLAIN " + RawSmtpClient.plain(ALICE.address(), ALICE.appPassword()), ACCEPTED);
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"EHLO", "HELO", "ehlo"})
    void ehloOrHeloWithoutArgumentIsRefusedAndTheConnectionClosed(String verb) throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect(verb, EMPTY_HELO);
            assertThat(client.isClosedByServer()).as("connection closed after the 501").isTrue();
        }
    }

    @Test
    void ehloWithoutArgumentInsideTlsIsRefusedAndTheConnectionClosed() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connectSsl(GMAIL.server())) {
            client.expect("EHLO", EMPTY_HELO);
            assertThat(client.isClosedByServer()).as("connection closed after the 501").isTrue();
        }
    }

    @Test
    void ehloArgumentMayBeAFileName() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            assertThat(client.command("EHLO C:\\Program Files\\Mailer\\mailer.exe")).isEqualTo(EHLO_PLAIN);
        }
    }

    @Test
    void mailBeforeEhloOnThePlainPortAsksForStartTlsFirst() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MUST_STARTTLS); // §1a: rule 1 before rule 2
        }
    }

    @Test
    void mailBeforeEhloOnTheSslPortAsksForEhlo() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connectSsl(GMAIL.server())) {
            client.expect("MAIL FROM:<" + ALICE.address() + ">", EHLO_FIRST); // §1a: rule 2 before rule 3
        }
    }

    @Test
    void authBeforeEhloOnTheSslPortAsksForEhlo() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connectSsl(GMAIL.server())) {
            client.expect("AUTH PLAIN " + RawSmtpClient.plain(ALICE.address(), ALICE.appPassword()), EHLO_FIRST);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET / HTTP/1.1", "POST /submit HTTP/1.1", "CONNECT smtp.gmail.com:587 HTTP/1.1"})
    void httpRequestLineClosesTheConnectionWithoutReply(String requestLine) throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.send(requestLine + "\r\nHost: localhost\r\n\r\n");
            byte[] received = client.readUntilClosed();
            assertThat(new String(received, StandardCharsets.ISO_8859_1)).as("bytes after the request line").isEmpty();
        }
    }
}
