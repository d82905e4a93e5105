package dev.fakegmail.assertions;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/** Assertions on an {@link Attachment} of a received message; from {@link ReceivedMessageAssert#attachment}. */
public class AttachmentAssert extends AbstractAssert<AttachmentAssert, Attachment> {

    /** Creates the assertion; prefer {@link ReceivedMessageAssert#attachment(String)}. */
    public AttachmentAssert(Attachment actual) {
        super(actual, AttachmentAssert.class);
    }

    /** Verifies the MIME type without parameters, ignoring case: {@code application/pdf}. */
    public AttachmentAssert hasContentType(String mimeType) {
        isNotNull();
        String baseType = contentType().map(ContentType::getBaseType).orElse(actual.contentType());
        if (!baseType.equalsIgnoreCase(mimeType)) {
            failWithActualExpectedAndMessage(baseType, mimeType, "%nExpecting the content type of%n  %s%nto be:%n  %s"
                    + "%nbut was:%n  %s", actual, shown(mimeType), shown(baseType));
        }
        return myself;
    }

    /** Verifies the decoded content bytes. */
    public AttachmentAssert hasContent(byte[] expected) {
        isNotNull();
        byte[] content = actual.content();
        if (!Arrays.equals(content, expected)) {
            failWithActualExpectedAndMessage(content, expected, "%nExpecting the content of%n  %s%nto be:%n  %s bytes "
                    + "%s%nbut was:%n  %s bytes %s", actual, expected.length, Arrays.toString(expected),
                    content.length, Arrays.toString(content));
        }
        return myself;
    }

    /**
     * Verifies the content as text, decoded with the part's charset (UTF-8 when it declares none), ignoring line-end
     * differences as {@link ReceivedMessageAssert#hasText(String)} does.
     */
    public AttachmentAssert hasTextContent(String expected) {
        isNotNull();
        String text = new String(actual.content(), charset());
        if (!LineEnds.sameText(text, expected)) {
            failWithActualExpectedAndMessage(text, expected, "%nExpecting the text content of%n  %s%nto be:%n  %s%n"
                    + "but was:%n  %s", actual, shown(expected), shown(text));
        }
        return myself;
    }

    private String shown(Object value) {
        return info.representation().toStringOf(value);
    }

    private Charset charset() {
        Optional<String> declared = contentType().map(type -> type.getParameter("charset"));
        try {
            return declared.map(Charset::forName).orElse(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private Optional<ContentType> contentType() {
        try {
            return Optional.of(new ContentType(actual.contentType()));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
