package dev.fakegmail.assertions;

import dev.fakegmail.server.MessagePart;
import java.util.Arrays;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an attachment (a {@link MessagePart}) of a received message; from
 * {@link ReceivedMessageAssert#attachment}.
 */
public class AttachmentAssert extends AbstractAssert<AttachmentAssert, MessagePart> {

    /** Creates the assertion; prefer {@link ReceivedMessageAssert#attachment(String)}. */
    public AttachmentAssert(MessagePart actual) {
        super(actual, AttachmentAssert.class);
    }

    /** Verifies the MIME type without parameters, ignoring case: {@code application/pdf}. */
    public AttachmentAssert hasContentType(String mimeType) {
        isNotNull();
        String type = actual.contentType();
        if (!type.equalsIgnoreCase(mimeType)) {
            failWithActualExpectedAndMessage(type, mimeType, "%nExpecting the content type of%n  %s%nto be:%n  %s"
                    + "%nbut was:%n  %s", actual, shown(mimeType), shown(type));
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
        String text = actual.text();
        if (!LineEnds.sameText(text, expected)) {
            failWithActualExpectedAndMessage(text, expected, "%nExpecting the text content of%n  %s%nto be:%n  %s%n"
                    + "but was:%n  %s", actual, shown(expected), shown(text));
        }
        return myself;
    }

    private String shown(Object value) {
        return info.representation().toStringOf(value);
    }
}
