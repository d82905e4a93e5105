package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.NOOP_OK;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.FakeGmailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/gmail-smtp.md §6a: Gmail's header limits at the end of data (500 KB section, 5,000 fields, 32 KB per value
 * except To, Cc and References, 500 characters of Message-ID) and the duplicate From, Subject and Message-ID
 * fields Gmail calls not RFC 5322 compliant. A refused message is not stored and the session goes on.
 */
class HeaderLimitsTest {
    private static final TestAccount ALICE = TestAccount.named("headers.alice");
    @RegisterExtension
    static final ClassServer GMAIL = new ClassServer(ALICE);

    private static final String HELP = "552 5.3.4  https://support.google.com/a/answer/14016360 <id> - gsmtp\r\n";
    static final String SECTION_TOO_LARGE =
            "552-5.3.4 Message header size exceeds limit. For more information, go to\r\n" + HELP;
    static final String TOO_MANY_FIELDS =
            "552-5.3.4 Number of message headers exceeds limit. For more information, go to\r\n" + HELP;
    static final String FIELD_TOO_LONG =
            "552-5.3.4 Message header field exceeds size limit. For more information, go to\r\n" + HELP;
    static final String MESSAGE_ID_TOO_LONG =
            "552-5.3.4 Message-ID header exceeds size limit. For more information, go to\r\n" + HELP;

    static String duplicate(String field) {
        return "550-5.7.1 [127.0.0.1] Our system has detected that this message is not RFC\r\n"
                + "550-5.7.1 5322 compliant:\r\n"
                + "550-5.7.1 Multiple '" + field + "' headers found.\r\n"
                + "550-5.7.1 To reduce the amount of spam sent to Gmail, this message has been\r\n"
                + "550-5.7.1 blocked. Please visit\r\n"
                + "550-5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant\r\n"
                + "550 5.7.1  and review RFC 5322 specifications for more information. <id> - gsmtp\r\n";
    }

    @Test
    void aHeaderSectionOverFiveHundredKilobytesIsRefused() throws Exception {
        refused(GMAIL.server(), ("X-Filler: " + "f".repeat(1_000) + "\r\n").repeat(513), SECTION_TOO_LARGE);
    }

    @Test
    void moreThanFiveThousandFieldsAreRefusedAndFiveThousandAreNot() throws Exception {
        refused(GMAIL.server(), "X-N: 1\r\n".repeat(5_001 - 5), TOO_MANY_FIELDS);
        accepted(GMAIL.server(), "X-N: 1\r\n".repeat(5_000 - 5));
    }

    @Test
    void aFieldValueOver32KilobytesIsRefusedExceptToCcAndReferences() throws Exception {
        String value = " " + "v".repeat(32 * 1024);
        refused(GMAIL.server(), "X-Long:" + value + "\r\n", FIELD_TOO_LONG);
        refused(GMAIL.server(), "X-Long:" + folded(32 * 1024 / 4 + 1) + "\r\n", FIELD_TOO_LONG);
        accepted(GMAIL.server(), "X-Long:" + value.substring(1) + "\r\n");
        accepted(GMAIL.server(), "Cc:" + value.replace('v', 'c') + "\r\nReferences:" + folded(40_000) + "\r\n");
    }

    @Test
    void aMessageIdOver500CharactersIsRefused() throws Exception {
        String token = TestMessages.token();
        String longId = "<" + "i".repeat(500 - 2 - "@x".length() + 1) + "@x>";
        assertThat(longId).hasSize(501);
        String message = "From: " + ALICE.address() + "\r\nSubject: " + token + "\r\nMessage-ID: " + longId
                + "\r\n\r\nbody\r\n";
        try (RawSmtpClient client = transaction(GMAIL.server())) {
            client.send(message + ".\r\n");
            client.expectReply(MESSAGE_ID_TOO_LONG);
            client.expect("NOOP", NOOP_OK);
        }
        assertThat(TestMessages.withToken(GMAIL.server(), token)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"From", "Subject", "Message-ID"})
    void aSecondFromSubjectOrMessageIdIsNotRfc5322Compliant(String field) throws Exception {
        String second = field.toLowerCase(java.util.Locale.ROOT) + ": <again@example.com>\r\n";
        refused(GMAIL.server(), second, duplicate(field));
    }

    @Test
    void otherRepeatedFieldsAreFine() throws Exception {
        accepted(GMAIL.server(), "Received: a\r\nReceived: b\r\nX-Tag: 1\r\nX-Tag: 2\r\n");
    }

    @Test
    void theLimitsAreBuilderSettings() throws Exception {
        try (FakeGmailServer small = FakeGmailServer.builder().smtpPort(0).sslPort(0).account(ALICE.settings())
                .headerLimits(2_000, 10, 100, 60).build().start()) {
            refused(small, "X-N: 1\r\n".repeat(6), TOO_MANY_FIELDS);
            refused(small, "X-V: " + "v".repeat(100) + "\r\n", FIELD_TOO_LONG);
            accepted(small, "X-V: " + "v".repeat(99) + "\r\n");
            refused(small, ("X-N: " + "n".repeat(300) + "\r\n").repeat(8), SECTION_TOO_LARGE); // checked first
        }
    }

    /** {@code count} folded lines of 4 octets: {@code " x\r\n x\r\n … x"}. */
    static String folded(int count) {
        return " x\r\n".repeat(count - 1) + " x";
    }

    /** A message from Alice with a unique Subject and Message-ID and {@code extra} header lines. */
    private static String message(String token, String extra) {
        return "From: " + ALICE.address() + "\r\nSubject: " + token + "\r\nMessage-ID: <" + token + "@client.example>\r\n"
                + "To: bob@example.com\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n" + extra + "\r\nbody\r\n";
    }

    private static void refused(FakeGmailServer server, String extra, String reply) throws Exception {
        String token = TestMessages.token();
        try (RawSmtpClient client = transaction(server)) {
            client.send(message(token, extra) + ".\r\n");
            client.expectReply(reply);
            client.expect("NOOP", NOOP_OK);
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
        }
        assertThat(TestMessages.withToken(server, token)).as("a refused message is not stored").isEmpty();
    }

    private static void accepted(FakeGmailServer server, String extra) throws Exception {
        String token = TestMessages.token();
        try (RawSmtpClient client = transaction(server)) {
            client.send(message(token, extra) + ".\r\n");
            client.expectReply(MESSAGE_ACCEPTED);
        }
        TestMessages.stored(server, token);
    }

    private static RawSmtpClient transaction(FakeGmailServer server) throws Exception {
        RawSmtpClient client = RawSmtpClient.connect(server);
        client.login(ALICE.address(), ALICE.appPassword());
        client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
        client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
        client.expect("DATA", GO_AHEAD);
        return client;
    }
}
