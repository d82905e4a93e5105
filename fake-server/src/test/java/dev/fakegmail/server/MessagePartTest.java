package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts {@link ReceivedMessage} answers, beyond their names and sizes (which {@link MessageCorpusTest} checks). */
class MessagePartTest {
    private static final byte[] PDF = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);

    private static ReceivedMessage received(String... lines) {
        return ReceivedMessages.of(new Envelope("alice@gmail.com", "alice@gmail.com", List.of("bob@example.com")),
                "part42", "TLSv1.3", "TLS_AES_256_GCM_SHA384", "PLAIN", Instant.parse("2025-01-02T03:04:05Z"),
                String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTextAttachmentIsReadWithItsCharset() {
        MessagePart notes = MessageCorpus.entry("text-attachments.eml").received().attachments().get(0);

        assertThat(notes.charset()).contains("ISO-8859-1");
        assertThat(notes.text()).isEqualTo("Grüße");
        assertThat(notes.content()).containsExactly('G', 'r', 0xfc, 0xdf, 'e');
    }

    @Test
    void anAttachedMessageIsKeptWholeAndNotEntered() {
        ReceivedMessage message = MessageCorpus.entry("forwarded.eml").received();

        assertThat(message.attachments().get(0).text())
                .startsWith("From: Carol <carol@example.com>\r\nSubject: Quarterly numbers: Q3/Q4\r\n")
                .endsWith("JVBERi0xLjQK\r\n--inner--\r\n");
        assertThat(message.attachments()).extracting(MessagePart::fileName).doesNotContain("inner.pdf");
        assertThat(message.text()).isEqualTo("See the attached messages.");
    }

    @Test
    void anInlinePartCarriesItsContentIdWithoutBrackets() {
        MessagePart logo = MessageCorpus.entry("nested-alternative.eml").received().inlineParts().get(0);

        assertThat(logo.contentId()).contains("logo@fake");
        assertThat(logo.charset()).isEmpty();
        assertThat(logo.toString()).isEqualTo("MessagePart[fileName=logo.png, contentType=image/png, size=8 bytes,"
                + " contentId=logo@fake]");
    }

    @Test
    void contentIsCopiedInAndOut() throws Exception {
        byte[] content = PDF.clone();
        MessagePart part = new MessagePart("a.pdf", "application/pdf", Optional.empty(), Optional.empty(), content);

        content[0] = 'X';
        part.content()[1] = 'Y';

        assertThat(part.content()).isEqualTo(PDF);
        try (InputStream in = part.inputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(part.size()).isEqualTo(9);
    }

    @Test
    void equalWhenEveryComponentIs() {
        MessagePart part = new MessagePart("a.pdf", "application/pdf", Optional.empty(), Optional.empty(), PDF);

        assertThat(part).isEqualTo(new MessagePart("a.pdf", "application/pdf", Optional.empty(), Optional.empty(),
                PDF.clone())).hasSameHashCodeAs(new MessagePart("a.pdf", "application/pdf", Optional.empty(),
                Optional.empty(), PDF.clone()));
        assertThat(part).isNotEqualTo(new MessagePart("a.pdf", "application/pdf", Optional.of("id"), Optional.empty(),
                PDF));
        assertThat(part.toString()).isEqualTo("MessagePart[fileName=a.pdf, contentType=application/pdf, size=9 bytes]");
    }

    @Test
    void anUnknownCharsetIsReadAsUtf8() {
        MessagePart part = new MessagePart("a.txt", "text/plain", Optional.empty(), Optional.of("x-no-such-charset"),
                "Zürich".getBytes(StandardCharsets.UTF_8));

        assertThat(part.text()).isEqualTo("Zürich");
    }

    @Test
    void partsAreTakenApartOnceAndCannotBeChanged() {
        ReceivedMessage message = MessageCorpus.entry("nested-alternative.eml").received();

        assertThat(message.attachments()).isSameAs(message.attachments());
        assertThatThrownBy(() -> message.attachments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> message.inlineParts().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anUnknownTransferEncodingGivesThePartAsStored() {
        ReceivedMessage message = received("Content-Type: multipart/mixed; boundary=b", "", "--b",
                "Content-Type: text/plain", "", "body", "--b", "Content-Type: application/pdf; name=a.pdf",
                "Content-Transfer-Encoding: x-unknown", "", "as stored", "--b--", "");

        assertThat(message.attachments()).singleElement()
                .satisfies(part -> assertThat(part.text()).isEqualTo("as stored"));
        assertThat(message.text()).isEqualTo("body");
    }

    @Test
    void aNamedTextPartIsAnAttachmentEvenAlone() {
        ReceivedMessage message = received("Content-Type: text/plain; charset=UTF-8; name=\"notes.txt\"", "",
                "Grüße", "");

        assertThat(message.text()).isEmpty();
        assertThat(message.html()).isEmpty();
        assertThat(message.attachments()).singleElement().satisfies(part -> {
            assertThat(part.fileName()).isEqualTo("notes.txt");
            assertThat(part.text()).isEqualTo("Grüße\r\n");
        });
    }

    @Test
    void aPartWithoutContentTypeIsTheTextBody() {
        ReceivedMessage message = received("Subject: legacy", "", "just text", "");

        assertThat(message.text()).isEqualTo("just text\r\n");
        assertThat(message.attachments()).isEmpty();
        assertThat(message.inlineParts()).isEmpty();
    }

    @Test
    void anUnparseableDispositionCountsAsNone() {
        ReceivedMessage message = received("Content-Type: text/plain", "Content-Disposition: attachment; =broken", "",
                "still the body", "");

        assertThat(message.text()).isEqualTo("still the body\r\n");
        assertThat(message.attachments()).isEmpty();
    }

    @Test
    void aMalformedMessageIsAcceptedAndFailsOnlyWhenItsPartsAreRead() {
        ReceivedMessage message = received("Subject: broken", "Content-Type: multipart/mixed; boundary=\"nowhere\"", "",
                "no parts at all", "");

        assertThat(message.subject()).isEqualTo("broken");
        assertThatThrownBy(message::attachments)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot parse the received message part42 (reading its parts): ")
                .hasMessageEndingWith(". The stored bytes are available from rawBytes().");
        assertThatThrownBy(message::html).isInstanceOf(IllegalStateException.class);
    }
}
