package dev.fakegmail.assertions;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.MessageCorpus;
import dev.fakegmail.server.ReceivedMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReceivedMessageAssertTest {
    private static final String SHOWN = "ReceivedMessage[session=a1b2c3d4e5, from=Alice <alice@gmail.com>, "
            + "to=[bob@example.com, carol@example.com], subject=Quarterly report]";

    private ReceivedMessage report;

    @BeforeEach
    void buildMessage() throws Exception {
        report = TestMessages.report();
    }

    @Test
    void passesForWhatTheMessageHas() {
        assertThat(report)
                .hasSubject("Quarterly report")
                .isFrom("ALICE@gmail.com")
                .hasTo("carol@example.com", "bob@example.com")
                .hasCc("dave@example.com")
                .hasBcc("erin@example.com")
                .hasText("Hello Bob,\nthe report is attached.\n")
                .hasTextContaining("Hello Bob", "attached")
                .hasHtmlContaining("<b>Bob</b>")
                .hasHeader("x-priority", "1")
                .hasHeader("Message-ID")
                .hasAttachments("notes.txt", "report.pdf")
                .hasEnvelopeSender("alice@gmail.com")
                .hasEnvelopeRecipients("erin@example.com", "dave@example.com", "carol@example.com", "bob@example.com")
                .wasAuthenticatedAs("alice@gmail.com")
                .wasAuthenticatedWith("plain")
                .wasSentOverTls()
                .wasSentOverTls("TLSv1.3");
        assertThat(report).attachment("report.pdf").hasContentType("application/pdf").hasContent(TestMessages.PDF);
        assertThat(report).attachment("notes.txt").hasContentType("TEXT/PLAIN").hasTextContent("Grüße");
    }

    @Test
    void subjectFailureShowsExpectedAndActual() {
        assertThatThrownBy(() -> assertThat(report).hasSubject("Weekly report"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("%nExpecting the subject of%n  " + SHOWN + "%nto be:%n  \"Weekly report\"%nbut was:%n"
                        + "  \"Quarterly report\"", new Object[0]);
    }

    @Test
    void addressFailuresShowBothLists() {
        assertThatThrownBy(() -> assertThat(report).hasTo("bob@example.com"))
                .hasMessage("%nExpecting the To addresses (ignoring case and order) of%n  " + SHOWN + "%nto be:%n"
                        + "  [\"bob@example.com\"]%nbut was:%n  [\"bob@example.com\", \"carol@example.com\"]",
                        new Object[0]);
        assertThatThrownBy(() -> assertThat(report).hasBcc())
                .hasMessageContaining("Expecting the blind (Bcc) recipients (ignoring case and order) of")
                .hasMessageEndingWith("to be:%n  []%nbut was:%n  [\"erin@example.com\"]".formatted());
        assertThatThrownBy(() -> assertThat(report).isFrom("bob@example.com"))
                .hasMessageEndingWith("to include:%n  \"bob@example.com\"%nbut was:%n  [\"alice@gmail.com\"]".formatted());
    }

    @Test
    void bodyFailuresNameWhatIsMissing() {
        assertThatThrownBy(() -> assertThat(report).hasTextContaining("Hello", "invoice"))
                .hasMessage("%nExpecting the text body of%n  " + SHOWN + "%nto contain:%n  [\"Hello\", \"invoice\"]%n"
                        + "but it does not contain:%n  [\"invoice\"]%nThe text body was:%n"
                        + "  \"Hello Bob,\r\nthe report is attached.\r\n\"", new Object[0]);
        assertThatThrownBy(() -> assertThat(TestMessages.plain("Hi", "bob@example.com")).hasHtmlContaining("Hi"))
                .hasMessageEndingWith("to have an HTML body containing:%n  [\"Hi\"]%nbut it has no HTML body"
                        .formatted());
    }

    @Test
    void headerAndAttachmentFailures() {
        assertThatThrownBy(() -> assertThat(report).hasHeader("X-Priority", "5"))
                .hasMessageEndingWith("to include:%n  \"5\"%nbut was:%n  [\"1\"]".formatted());
        assertThatThrownBy(() -> assertThat(report).hasHeader("X-Mailer"))
                .hasMessage("%nExpecting%n  " + SHOWN + "%nto have a header:%n  \"X-Mailer\"%nbut it has none",
                        new Object[0]);
        assertThatThrownBy(() -> assertThat(report).hasNoAttachments())
                .hasMessageEndingWith("to be:%n  []%nbut was:%n  [\"notes.txt\", \"report.pdf\"]".formatted());
        assertThatThrownBy(() -> assertThat(report).attachment("invoice.pdf"))
                .hasMessageEndingWith(("to have an attachment named:%n  \"invoice.pdf\"%nbut its attachments were:%n"
                        + "  [MessagePart[fileName=report.pdf, contentType=application/pdf, size=7 bytes],%n"
                        + "    MessagePart[fileName=notes.txt, contentType=text/plain, size=7 bytes]]")
                        .formatted());
        assertThatThrownBy(() -> assertThat(report).attachment("report.pdf").hasContentType("image/png"))
                .hasMessageEndingWith("to be:%n  \"image/png\"%nbut was:%n  \"application/pdf\"".formatted());
        assertThatThrownBy(() -> assertThat(report).attachment("notes.txt").hasTextContent("Hallo"))
                .hasMessageEndingWith("to be:%n  \"Hallo\"%nbut was:%n  \"Grüße\"".formatted());
        assertThatThrownBy(() -> assertThat(report).attachment("report.pdf").hasContent(new byte[] {1}))
                .hasMessageEndingWith("to be:%n  1 bytes [1]%nbut was:%n  7 bytes [37, 80, 68, 70, 1, 2, 3]".formatted());
    }

    @Test
    void anInlineLogoIsAnInlinePartNotAnAttachment() {
        ReceivedMessage withLogo = MessageCorpus.entry("nested-alternative.eml").received();

        assertThat(withLogo).hasInlineParts("logo.png").hasAttachments("report.pdf", "chart.png");
        assertThatThrownBy(() -> assertThat(withLogo).hasAttachments("logo.png", "report.pdf", "chart.png"))
                .hasMessageEndingWith(("Expecting the attachment names of%n  %s%nto be:%n"
                        + "  [\"chart.png\", \"logo.png\", \"report.pdf\"]%nbut was:%n  [\"chart.png\", \"report.pdf\"]")
                        .formatted(withLogo));
        assertThatThrownBy(() -> assertThat(withLogo).hasInlineParts())
                .hasMessageEndingWith("to be:%n  []%nbut was:%n  [\"logo.png\"]".formatted());
    }

    @Test
    void envelopeTlsAndAuthFailures() {
        assertThatThrownBy(() -> assertThat(report).hasEnvelopeSender("bob@example.com"))
                .hasMessageStartingWith("%nExpecting the envelope sender (MAIL FROM) of".formatted())
                .hasMessageEndingWith("to be:%n  \"bob@example.com\"%nbut was:%n  \"alice@gmail.com\"".formatted());
        assertThatThrownBy(() -> assertThat(report).hasEnvelopeRecipients("bob@example.com"))
                .hasMessageContaining("the envelope recipients (RCPT TO) (ignoring case and order)");
        assertThatThrownBy(() -> assertThat(report).wasAuthenticatedAs("bob@gmail.com"))
                .hasMessageEndingWith("to be:%n  \"bob@gmail.com\"%nbut was:%n  \"alice@gmail.com\"".formatted());
        assertThatThrownBy(() -> assertThat(report).wasAuthenticatedWith("XOAUTH2"))
                .hasMessageEndingWith("to be:%n  \"XOAUTH2\"%nbut was:%n  \"PLAIN\"".formatted());
        assertThatThrownBy(() -> assertThat(report).wasSentOverTls("TLSv1.2"))
                .hasMessageStartingWith("%nExpecting the TLS protocol of".formatted())
                .hasMessageEndingWith("to be:%n  \"TLSv1.2\"%nbut was:%n  \"TLSv1.3\"".formatted());
    }

    @Test
    void failsForNull() {
        assertThatThrownBy(() -> assertThat((ReceivedMessage) null).hasSubject("x"))
                .hasMessageContaining("Expecting actual not to be null");
    }
}
