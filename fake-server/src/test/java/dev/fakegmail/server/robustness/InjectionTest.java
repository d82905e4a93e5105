package dev.fakegmail.server.robustness;

import static dev.fakegmail.server.protocol.GmailReplies.ADDRESS_SYNTAX;
import static dev.fakegmail.server.protocol.GmailReplies.EHLO_PLAIN;
import static dev.fakegmail.server.protocol.GmailReplies.EHLO_TLS;
import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.MUST_STARTTLS;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static dev.fakegmail.server.protocol.GmailReplies.READY_TO_START_TLS;
import static dev.fakegmail.server.protocol.GmailReplies.STARTTLS_PIPELINED;
import static dev.fakegmail.server.protocol.GmailReplies.SYNTAX_ERROR_IN_PARAMETERS;
import static dev.fakegmail.server.protocol.GmailReplies.UNRECOGNIZED_COMMAND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.protocol.RawSmtpClient;
import dev.fakegmail.server.protocol.TestMessages;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/robustness.md cases 3, 7 and 10: nothing sent in clear before the handshake runs inside TLS (also when it comes in
 * a second write), HTTP request lines end the connection without a reply on every port and in every phase, and CR,
 * LF or header syntax in the EHLO argument or the addresses can never add a header line to the stored message (so
 * neither to any {@code Received:} header the server writes from them). The single-write STARTTLS injection and
 * HTTP on the plain port before STARTTLS are in {@code protocol.StartTlsTest} and
 * {@code protocol.GreetingAndEhloTest}.
 */
class InjectionTest {
    private static final String INJECTED = "X-Injected";

    @Test
    void commandsWrittenRightAfterStartTlsInASecondWriteAreNeverExecutedInsideTls() throws Exception {
        try (Arena arena = Arena.start().withWitness()) {
            for (int i = 0; i < 20; i++) {
                try (RawSmtpClient client = RawSmtpClient.connect(arena.server)) {
                    client.expect("EHLO client.example", EHLO_PLAIN);
                    client.send("STARTTLS\r\n");
                    client.send("MAIL FROM:<" + Arena.ALICE.address() + ">\r\n");
                    String reply = client.readReply();
                    if (reply.equals(READY_TO_START_TLS)) {
                        // the MAIL line arrived after STARTTLS was handled: it is read as the ClientHello and fails
                        String after = new String(client.readUntilClosed(), StandardCharsets.ISO_8859_1);
                        assertThat(after).doesNotContain("gsmtp").doesNotContain("250");
                    } else {
                        assertThat(reply).isEqualTo(STARTTLS_PIPELINED.replace("<id>", client.sessionId()));
                        client.expectReply(MUST_STARTTLS);
                    }
                }
            }
            arena.assertOthersUnaffected();
        }
    }

    @Test
    void aWholeLoginPipelinedBehindStartTlsIsAnsweredInClearAndRefused() throws Exception {
        try (Arena arena = Arena.start().withWitness()) {
            try (RawSmtpClient client = RawSmtpClient.connect(arena.server)) {
                client.expect("EHLO client.example", EHLO_PLAIN);
                client.send("STARTTLS\r\nEHLO evil.example\r\nAUTH PLAIN "
                        + RawSmtpClient.plain(Arena.ALICE.address(), Arena.ALICE.appPassword())
                        + "\r\nMAIL FROM:<" + Arena.ALICE.address() + ">\r\n");
                client.expectReply(STARTTLS_PIPELINED);
                client.expectReply(EHLO_PLAIN);
                client.expectReply(MUST_STARTTLS);
                client.expectReply(MUST_STARTTLS);
                assertThat(client.isEncrypted()).isFalse();
            }
            arena.assertOthersUnaffected();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET / HTTP/1.1", "POST /smtp HTTP/1.0", "CONNECT smtp.gmail.com:465 HTTP/1.1",
        "PUT /x HTTP/1.1", "OPTIONS * HTTP/1.1"})
    void httpRequestLinesInsideTlsAndAfterLoginCloseWithoutReply(String requestLine) throws Exception {
        try (Arena arena = Arena.start().withWitness()) {
            try (RawSmtpClient client = RawSmtpClient.connectSsl(arena.server)) {
                client.send(requestLine + "\r\nHost: smtp.gmail.com\r\n\r\n");
                assertThat(client.readUntilClosed()).as("bytes after the request line on the SSL port").isEmpty();
            }
            try (RawSmtpClient client = arena.loggedIn()) {
                client.expect("MAIL FROM:<" + Arena.ALICE.address() + ">", MAIL_OK);
                client.send(requestLine + "\r\n");
                assertThat(client.readUntilClosed()).as("bytes after the request line mid-transaction").isEmpty();
            }
            try (RawSmtpClient client = RawSmtpClient.connect(arena.server)) {
                client.expect("EHLO client.example", EHLO_PLAIN);
                client.expect("STARTTLS", READY_TO_START_TLS);
                client.startTls();
                client.send(requestLine + "\r\n");
                assertThat(client.readUntilClosed()).as("bytes after the request line after STARTTLS").isEmpty();
            }
            arena.assertOthersUnaffected();
        }
    }

    @Test
    void crInTheEhloArgumentIsRefused() throws Exception {
        try (Arena arena = Arena.start(); RawSmtpClient client = secured(arena)) {
            client.expect("EHLO evil.example\r" + INJECTED + ": yes", SYNTAX_ERROR_IN_PARAMETERS);
            client.expect("EHLO evil.example\r\n" + INJECTED + ": yes", EHLO_TLS);
            client.expectReply(UNRECOGNIZED_COMMAND);
            loginAndSendAndAssertNoInjectedHeader(arena, client);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example " + INJECTED + ": yes", INJECTED + ": yes", "evil.example\t" + INJECTED
            + ":yes", "a\u0085" + INJECTED + ": yes", "a\u00e2\u0080\u00a8" + INJECTED + ": yes",
        "(comment) " + INJECTED + ": yes", "evil.example\u000b" + INJECTED + ": yes"})
    void headerSyntaxInTheEhloArgumentNeverStartsAHeaderLine(String argument) throws Exception {
        try (Arena arena = Arena.start(); RawSmtpClient client = secured(arena)) {
            String reply = client.command("EHLO " + argument);
            assertThat(reply).matches("(250-[^\r\n]*\r\n)*250 [^\r\n]*\r\n|501 5\\.5\\.4 [^\r\n]* - gsmtp\r\n");
            if (!reply.startsWith("250")) {
                client.expect("EHLO client.example", EHLO_TLS);
            }
            loginAndSendAndAssertNoInjectedHeader(arena, client);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAIL FROM:<alice\r" + INJECTED + ":@gmail.com>",
        "MAIL FROM:<\"alice\r\n" + INJECTED + ": yes\"@gmail.com>",
        "MAIL FROM:<\"alice\r" + INJECTED + ": yes\"@gmail.com>",
        "MAIL FROM:<alice@gmail.com\u0000" + INJECTED + ":yes>",
        "MAIL FROM:<alice@gmail.com\u0085" + INJECTED + ":yes>"})
    void crLfOrControlBytesInTheSenderAreRefused(String line) throws Exception {
        try (Arena arena = Arena.start(builder -> builder.maxErrors(1000)); RawSmtpClient client = arena.loggedIn()) {
            client.send(line + "\r\n");
            client.expectReply(ADDRESS_SYNTAX);
            if (line.contains("\n")) {
                client.expectReply(UNRECOGNIZED_COMMAND);
            }
            sendAndAssertNoInjectedHeader(arena, client, "MAIL FROM:<" + Arena.ALICE.address() + ">",
                    "RCPT TO:<bob@example.com>");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAIL FROM:<\"alice " + INJECTED + ": yes\"@gmail.com>",
        "MAIL FROM:<alice\u00c2\u0085" + INJECTED + ":yes@gmail.com> SMTPUTF8",
        "MAIL FROM:<alice\u00e2\u0080\u00a8" + INJECTED + ":yes@gmail.com> SMTPUTF8"})
    // an overlong LF (C0 8A) is not UTF-8 at all and is refused: InvalidUtf8Test
    void acceptedSendersWithHeaderSyntaxNeverStartAHeaderLine(String line) throws Exception {
        try (Arena arena = Arena.start(builder -> builder.maxErrors(1000)); RawSmtpClient client = arena.loggedIn()) {
            String token = TestMessages.token();
            client.expect(line, MAIL_OK);
            client.expect("RCPT TO:<\"bob\r" + INJECTED + ": yes\"@example.com>", ADDRESS_SYNTAX);
            client.expect("RCPT TO:<\"bob " + INJECTED + ": x\"@example.com>", RCPT_OK);
            client.expect("DATA", GO_AHEAD);
            client.send(TestMessages.message(Arena.ALICE.address(), token, "body\r\n") + ".\r\n");
            client.expectReply(MESSAGE_ACCEPTED);
            ReceivedMessage stored = TestMessages.stored(arena.server, token);
            assertNoInjectedHeaderLine(stored);
            assertThat(stored.envelope().mailFrom() + stored.envelope().recipients()).doesNotContain("\r", "\n");
        }
    }

    private static RawSmtpClient secured(Arena arena) throws Exception {
        RawSmtpClient client = RawSmtpClient.connect(arena.server);
        client.expect("EHLO client.example", EHLO_PLAIN);
        client.expect("STARTTLS", READY_TO_START_TLS);
        client.startTls();
        return client;
    }

    private static void loginAndSendAndAssertNoInjectedHeader(Arena arena, RawSmtpClient client) throws Exception {
        client.expect("AUTH PLAIN " + RawSmtpClient.plain(Arena.ALICE.address(), Arena.ALICE.appPassword()),
                dev.fakegmail.server.protocol.GmailReplies.ACCEPTED);
        sendAndAssertNoInjectedHeader(arena, client, "MAIL FROM:<" + Arena.ALICE.address() + ">",
                "RCPT TO:<bob@example.com>");
    }

    private static void sendAndAssertNoInjectedHeader(Arena arena, RawSmtpClient client, String mail, String rcpt)
            throws Exception {
        String token = TestMessages.token();
        client.expect(mail, MAIL_OK);
        client.expect(rcpt, RCPT_OK);
        client.expect("DATA", GO_AHEAD);
        client.send(TestMessages.message(Arena.ALICE.address(), token, "body\r\n") + ".\r\n");
        client.expectReply(MESSAGE_ACCEPTED);
        ReceivedMessage stored = TestMessages.stored(arena.server, token);
        assertNoInjectedHeaderLine(stored);
    }

    /**
     * No line of the stored header section starts with the injected name, whatever a parser counts as a line break
     * (CRLF, a bare LF or CR, NEL, LS). Holds for any header the server adds from session values.
     */
    static void assertNoInjectedHeaderLine(ReceivedMessage stored) throws Exception {
        String text = new String(stored.rawBytes(), StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String headers = end < 0 ? text : text.substring(0, end);
        for (String line : headers.split("\r\n|\n|\r|\u0085|\u2028")) {
            assertThat(line.toLowerCase(Locale.ROOT)).as("a stored header line")
                    .doesNotStartWith(INJECTED.toLowerCase(Locale.ROOT));
        }
        assertThat(stored.header(INJECTED)).as("parsed header " + INJECTED).isEmpty();
    }
}
