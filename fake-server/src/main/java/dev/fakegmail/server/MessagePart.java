package dev.fakegmail.server;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One part of a received message that is not its text or HTML body: an attachment or an inline part (an image the
 * HTML shows through {@code cid:}). Which parts are which, and the names of unnamed parts, follow one rule, written
 * in {@code docs/messages.md}; {@link ReceivedMessage#attachments()} and {@link ReceivedMessage#inlineParts()} answer
 * it.
 *
 * <p>Immutable: the content is copied in and out. {@link #toString()} shows the name, type, size and content id,
 * never the content.
 *
 * @param fileName    the file name, decoded (RFC 2231 parameters and RFC 2047 encoded words); a stable made-up name
 *                    such as {@code attachment-2.pdf} when the part names none
 * @param contentType the MIME type without parameters, in lower case, e.g. {@code application/pdf}
 * @param contentId   the {@code Content-ID} without its angle brackets (what {@code cid:} refers to), when it has one
 * @param charset     the {@code charset} parameter of its {@code Content-Type}, when it declares one
 * @param content     the content, decoded from its transfer encoding (base64, quoted-printable)
 */
public record MessagePart(String fileName, String contentType, Optional<String> contentId, Optional<String> charset,
                          byte[] content) {

    /** Checks that no component is {@code null} and copies the content. */
    public MessagePart {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(charset, "charset");
        content = Objects.requireNonNull(content, "content").clone();
    }

    /** A copy of the decoded content. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The decoded content, read without a copy. */
    public InputStream inputStream() {
        return new ByteArrayInputStream(content);
    }

    /** The size of the decoded content in bytes. */
    public int size() {
        return content.length;
    }

    /**
     * The content as text, decoded with the declared {@link #charset()} (UTF-8 when the part declares none, or one
     * Java does not know).
     */
    public String text() {
        return new String(content, charset.flatMap(MessagePart::javaCharset).orElse(StandardCharsets.UTF_8));
    }

    private static Optional<Charset> javaCharset(String name) {
        try {
            return Optional.of(Charset.forName(name.trim()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** Equal when every component is, the content compared byte by byte. */
    @Override
    public boolean equals(Object other) {
        return other instanceof MessagePart that && fileName.equals(that.fileName)
                && contentType.equals(that.contentType) && contentId.equals(that.contentId)
                && charset.equals(that.charset) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, contentId, charset, Arrays.hashCode(content));
    }

    /** For example {@code MessagePart[fileName=logo.png, contentType=image/png, size=68 bytes, contentId=logo@x]}. */
    @Override
    public String toString() {
        return "MessagePart[fileName=" + fileName + ", contentType=" + contentType + ", size=" + content.length
                + " bytes" + contentId.map(id -> ", contentId=" + id).orElse("") + "]";
    }
}
