package dev.fakegmail.assertions;

import java.util.Objects;

/**
 * An attachment of a received message: a part with {@code Content-Disposition: attachment} or a file name.
 * Immutable; {@link #toString()} shows the name, type and size, not the content.
 */
public final class Attachment {
    private final String fileName;
    private final String contentType;
    private final byte[] content;

    /**
     * Creates an attachment; the content is copied.
     *
     * @param fileName    the file name, decoded; empty when the part names none
     * @param contentType the {@code Content-Type} header value, e.g. {@code application/pdf; name=report.pdf}
     * @param content     the decoded content bytes
     */
    public Attachment(String fileName, String contentType, byte[] content) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = Objects.requireNonNull(content, "content").clone();
    }

    /** The file name, decoded; empty when the part names none. */
    public String fileName() {
        return fileName;
    }

    /** The {@code Content-Type} header value, parameters included. */
    public String contentType() {
        return contentType;
    }

    /** A copy of the decoded content. */
    public byte[] content() {
        return content.clone();
    }

    @Override
    public String toString() {
        return "Attachment[fileName=" + fileName + ", contentType=" + contentType + ", size=" + content.length
                + " bytes]";
    }
}
