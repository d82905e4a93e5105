package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceivedMessageTest {
    private static final Instant ACCEPTED = Instant.parse("2025-01-02T03:04:05Z");

    private static ReceivedMessage received(String... lines) {
        return received(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static ReceivedMessage received(byte[] data) {
        Envelope envelope = new Envelope("alice@gmail.com", "alice@gmail.com", List.of("bob@example.com"));
        return ReceivedMessages.of(envelope, "abc123", "TLSv1.3", "TLS_AES_256_GCM_SHA384", "PLAIN", ACCEPTED, data);
    }

    @Test
    void plainMessage() {
        ReceivedMessage message = received(
                "From: Alice <alice@gmail.com>",
                "To: bob@example.com, Carol <carol@example.com>",
                "Subject: Hello",
                "",
                "Hi Bob",
                "");

        assertThat(message.from()).isEqualTo("Alice <alice@gmail.com>");
        assertThat(message.to()).containsExactly("bob@example.com", "carol@example.com");
        assertThat(message.subject()).isEqualTo("Hello");
        assertThat(message.text()).isEqualTo("Hi Bob\r\n");
        assertThat(message.header("subject")).containsExactly("Hello");
        assertThat(message.header("X-Missing")).isEmpty();
    }

    @Test
    void recordedFields() {
        ReceivedMessage message = received("Subject: x", "", "y");

        assertThat(message.envelope().account()).isEqualTo("alice@gmail.com");
        assertThat(message.envelope().recipients()).containsExactly("bob@example.com");
        assertThat(message.sessionId()).isEqualTo("abc123");
        assertThat(message.tlsProtocol()).isEqualTo("TLSv1.3");
        assertThat(message.tlsCipher()).isEqualTo("TLS_AES_256_GCM_SHA384");
        assertThat(message.authMechanism()).isEqualTo("PLAIN");
        assertThat(message.acceptedAt()).isEqualTo(ACCEPTED);
    }

    @Test
    void multipartAlternativeGivesThePlainPart() {
        ReceivedMessage message = received(
                "Subject: Alt",
                "MIME-Version: 1.0",
                "Content-Type: multipart/alternative; boundary=\"b1\"",
                "",
                "--b1",
                "Content-Type: text/html; charset=UTF-8",
                "",
                "<p>Hi <b>Bob</b></p>",
                "--b1",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                "Hi Bob",
                "--b1--",
                "");

        assertThat(message.text()).isEqualTo("Hi Bob");
    }

    @Test
    void multipartMixedSkipsTheAttachmentAndDescendsIntoAlternative() {
        ReceivedMessage message = received(
                "Subject: Report",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"outer\"",
                "",
                "--outer",
                "Content-Type: text/plain; name=\"notes.txt\"",
                "Content-Disposition: attachment; filename=\"notes.txt\"",
                "",
                "attached notes",
                "--outer",
                "Content-Type: multipart/alternative; boundary=\"inner\"",
                "",
                "--inner",
                "Content-Type: text/plain; charset=ISO-8859-1",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                "Gr=FC=DFe, see the report",
                "--inner",
                "Content-Type: text/html",
                "",
                "<p>Gr&uuml;&szlig;e</p>",
                "--inner--",
                "--outer",
                "Content-Type: application/pdf",
                "Content-Transfer-Encoding: base64",
                "Content-Disposition: attachment; filename=\"r.pdf\"",
                "",
                "JVBERi0xLjQK",
                "--outer--",
                "");

        assertThat(message.text()).isEqualTo("Grüße, see the report");
    }

    @Test
    void base64Utf8Body() {
        ReceivedMessage message = received(
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: base64",
                "",
                "WsO8cmljaCDinJM=",
                "");

        assertThat(message.text()).isEqualTo("Zürich ✓");
    }

    @Test
    void htmlOnlyMessageHasNoText() {
        ReceivedMessage message = received("Content-Type: text/html", "", "<p>Hi</p>", "");

        assertThat(message.text()).isEmpty();
    }

    @Test
    void missingHeadersGiveEmptyValues() {
        ReceivedMessage message = received("X-Mailer: test", "", "body", "");

        assertThat(message.subject()).isEmpty();
        assertThat(message.to()).isEmpty();
        assertThat(message.from()).isEmpty();
        assertThat(message.header("Subject")).isEmpty();
    }

    @Test
    void encodedWordsAreDecoded() {
        ReceivedMessage message = received(
                "From: =?UTF-8?Q?Zo=C3=AB?= <zoe@gmail.com>",
                "Subject: =?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4g4pyT?=",
                "",
                "x");

        assertThat(message.subject()).isEqualTo("Grüße aus Köln ✓");
        assertThat(message.from()).isEqualTo("Zoë <zoe@gmail.com>");
        assertThat(message.header("Subject")).containsExactly("=?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4g4pyT?=");
    }

    @Test
    void fromKeepsQuotesOnlyWhereNeededAndJoinsSeveralAddresses() {
        ReceivedMessage message = received("From: \"Smith, Alice\" <alice@gmail.com>, bob@gmail.com", "", "x");

        assertThat(message.from()).isEqualTo("\"Smith, Alice\" <alice@gmail.com>, bob@gmail.com");
    }

    @Test
    void raw8BitUtf8SubjectIsReadAsUtf8() {
        ReceivedMessage message = received("Subject: Grüße aus Köln ✓", "", "x");

        assertThat(message.subject()).isEqualTo("Grüße aus Köln ✓");
    }

    @Test
    void emptyGroupContributesNoAddress() {
        ReceivedMessage message = received("To: undisclosed-recipients:;", "", "x");

        assertThat(message.to()).isEmpty();
    }

    @Test
    void foldedHeadersAreUnfoldedAndKeptInOrder() {
        ReceivedMessage message = received(
                "Received: from a",
                "\tby b; Mon, 1 Jan 2024 00:00:00 +0000",
                "Received: from c by d",
                "",
                "x");

        assertThat(message.header("received"))
                .containsExactly("from a\tby b; Mon, 1 Jan 2024 00:00:00 +0000", "from c by d");
    }

    @Test
    void bytesAreCopiedInAndOut() {
        byte[] data = "Subject: original\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        ReceivedMessage message = received(data);

        data[9] = 'X';
        message.rawBytes()[9] = 'Y';

        assertThat(message.subject()).isEqualTo("original");
        assertThat(new String(message.rawBytes(), StandardCharsets.US_ASCII)).startsWith("Subject: original");
    }

    @Test
    void listsCannotBeChanged() {
        ReceivedMessage message = received("To: a@x.com", "Subject: s", "", "x");

        assertThatThrownBy(() -> message.to().add("b@x.com")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> message.header("Subject").clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mimeMessageIsAFreshParseEachTime() throws Exception {
        ReceivedMessage message = received("Subject: original", "", "x");

        MimeMessage first = message.mimeMessage();
        first.setSubject("changed");

        assertThat(message.mimeMessage()).isNotSameAs(first);
        assertThat(message.mimeMessage().getSubject()).isEqualTo("original");
        assertThat(message.subject()).isEqualTo("original");
    }

    @Test
    void malformedBodyFailsWithAnUncheckedExceptionNamingTheSession() {
        ReceivedMessage message = received(
                "Subject: broken",
                "Content-Type: multipart/mixed; boundary=\"nowhere\"",
                "",
                "no parts at all",
                "");

        assertThatThrownBy(message::text)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("abc123")
                .hasMessageContaining("rawBytes()");
        assertThat(message.subject()).isEqualTo("broken");
        assertThat(message.toString()).contains("abc123");
    }

    @Test
    void toStringIsShort() {
        ReceivedMessage message = received(
                "From: alice@gmail.com",
                "To: bob@example.com",
                "Subject: " + "long ".repeat(40),
                "",
                "secret body text");

        assertThat(message.toString())
                .contains("abc123", "alice@gmail.com", "bob@example.com", "long long")
                .doesNotContain("secret body text")
                .hasSizeLessThan(200);
    }

    @Test
    void envelopeCopiesItsRecipients() {
        List<String> recipients = new ArrayList<>(List.of("a@x.com"));
        Envelope envelope = new Envelope("me@gmail.com", "", recipients);

        recipients.add("b@x.com");

        assertThat(envelope.recipients()).containsExactly("a@x.com");
        assertThat(envelope.mailFrom()).isEmpty();
    }
}
