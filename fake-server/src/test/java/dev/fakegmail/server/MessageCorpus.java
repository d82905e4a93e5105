package dev.fakegmail.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Test fixture: tricky messages and what each one is made of by the rule of {@code docs/messages.md} (its text and
 * HTML bodies, attachments and inline parts), so that every reader of a message (the model, the assertions, the
 * JSON API, the pages) can be checked against the same expectations. The messages are {@code .eml} files under
 * {@code dev/fakegmail/server/corpus/}, stored with LF line ends (CRLF ones are read alike) and read with CRLF, as SMTP
 * delivers them. Shipped
 * to other modules' tests in {@code fake-gmail-server}'s test jar.
 */
public final class MessageCorpus {
    private static final String FOLDER = "corpus/";

    private MessageCorpus() {
    }

    /**
     * A part as the rule must find it.
     *
     * @param fileName    its decoded or made-up file name
     * @param contentType its MIME type without parameters, in lower case
     * @param size        its decoded size in bytes
     * @param contentId   its {@code Content-ID} without angle brackets, when it has one
     */
    public record ExpectedPart(String fileName, String contentType, int size, Optional<String> contentId) {
        /** Whether {@code part} has this name, type, size and content id. */
        public boolean matches(MessagePart part) {
            return part.fileName().equals(fileName) && part.contentType().equals(contentType)
                    && part.size() == size && part.contentId().equals(contentId);
        }
    }

    /**
     * One message of the corpus and what it is made of.
     *
     * @param file        the file name under {@code corpus/}, e.g. {@code forwarded.eml}
     * @param about       what makes it tricky
     * @param text        the exact text body, when it has one
     * @param html        the exact HTML body, when it has one
     * @param attachments its attachments, in order
     * @param inlineParts its inline parts, in order
     */
    public record Entry(String file, String about, Optional<String> text, Optional<String> html,
                       List<ExpectedPart> attachments, List<ExpectedPart> inlineParts) {
        /** The message's bytes with CRLF line ends. */
        public byte[] bytes() {
            try (InputStream in = MessageCorpus.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("The corpus message " + FOLDER + file + " is not on the class path");
                }
                String lf = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
                return lf.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The message as a {@link ReceivedMessage}, as if Gmail had accepted it from alice@gmail.com. */
        public ReceivedMessage received() {
            return ReceivedMessages.of(new Envelope("alice@gmail.com", "alice@gmail.com", List.of("bob@example.com")),
                    "corpus-" + file.replace(".eml", ""), "TLSv1.3", "TLS_AES_256_GCM_SHA384", "PLAIN",
                    Instant.parse("2025-01-02T03:04:05Z"), bytes());
        }

        /** The file name, for test reports. */
        @Override
        public String toString() {
            return file;
        }
    }

    /** Every message of the corpus. */
    public static List<Entry> entries() {
        return List.of(
                entry("plain.eml", "one quoted-printable UTF-8 text/plain part", "Grüße, Bob\r\n", null),
                entry("html-only.eml", "one text/html part: no text body", null, "<p>Only <b>HTML</b></p>\r\n"),
                entry("nested-alternative.eml", "alternative in related in mixed; inline logo, an attachment with a"
                                + " Content-ID", "Hello Bob", "<p>Hello <img src=\"cid:logo@fake\"></p>",
                        List.of(part("chart.png", "image/png", 8, "chart@fake"),
                                part("report.pdf", "application/pdf", 9)),
                        List.of(part("logo.png", "image/png", 8, "logo@fake"))),
                entry("related-unnamed.eml", "an unnamed image with a Content-ID in a related inside an alternative",
                        "A dot", "<p>A <img src=\"cid:dot\"></p>",
                        List.of(), List.of(part("inline-1.gif", "image/gif", 14, "dot"))),
                entry("unnamed-parts.eml", "unnamed parts get stable names", "Three parts without names", null,
                        List.of(part("attachment-1", "application/octet-stream", 5),
                                part("attachment-2.jpg", "image/jpeg", 8), part("attachment-3.csv", "text/csv", 8)),
                        List.of()),
                entry("inline-with-filename.eml", "inline with a file name: with a Content-ID inline, without one"
                                + " an attachment", null, "<p><img src=\"cid:photo@fake\"></p>",
                        List.of(part("chart.png", "image/png", 8)),
                        List.of(part("photo.jpg", "image/jpeg", 8, "photo@fake"))),
                entry("forwarded.eml", "message/rfc822 parts: named after their subject, never entered",
                        "See the attached messages.", null,
                        List.of(part("Quarterly numbers_ Q3_Q4.eml", "message/rfc822", 376),
                                part("attachment-2.eml", "message/rfc822", 48),
                                part("original.eml", "message/rfc822", 22)), List.of()),
                entry("rfc2231-names.eml", "RFC 2231 names: charset, language, continuations",
                        "Three files with encoded names", null,
                        List.of(part("Résumé.pdf", "application/pdf", 9), part("€ rates for 2025.xlsx",
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 5),
                                part("Grüße.txt", "text/plain", 5)), List.of()),
                entry("rfc2047-names.eml", "RFC 2047 encoded words in filename and in name",
                        "Two files with encoded-word names", null,
                        List.of(part("Übersicht.pdf", "application/pdf", 9), part("Köln.png", "image/png", 8)),
                        List.of()),
                entry("text-attachments.eml", "a text/plain and a text/html attachment are not bodies",
                        "Notes attached.", null,
                        List.of(part("notes.txt", "text/plain", 5), part("page.html", "text/html", 13)), List.of()),
                entry("calendar.eml", "an invitation: a calendar alternative and an .ics attachment",
                        "You are invited", "<p>You are invited</p>",
                        List.of(part("invite.ics", "text/calendar", 46), part("invite.ics", "application/ics", 48)),
                        List.of()),
                entry("second-text-part.eml", "a second text part after an image is an attachment", "Hello", null,
                        List.of(part("photo.jpg", "image/jpeg", 8), part("attachment-2.txt", "text/plain", 18)),
                        List.of()),
                entry("single-attachment.eml", "the whole message is one attached PDF", null, null,
                        List.of(part("scan.pdf", "application/pdf", 9)), List.of()));
    }

    /** The entry for {@code file}. */
    public static Entry entry(String file) {
        return entries().stream().filter(entry -> entry.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No corpus message " + file));
    }

    private static Entry entry(String file, String about, String text, String html) {
        return entry(file, about, text, html, List.of(), List.of());
    }

    private static Entry entry(String file, String about, String text, String html, List<ExpectedPart> attachments,
                               List<ExpectedPart> inlineParts) {
        return new Entry(Objects.requireNonNull(file), about, Optional.ofNullable(text), Optional.ofNullable(html),
                attachments, inlineParts);
    }

    private static ExpectedPart part(String fileName, String contentType, int size) {
        return new ExpectedPart(fileName, contentType, size, Optional.empty());
    }

    private static ExpectedPart part(String fileName, String contentType, int size, String contentId) {
        return new ExpectedPart(fileName, contentType, size, Optional.of(contentId));
    }
}
