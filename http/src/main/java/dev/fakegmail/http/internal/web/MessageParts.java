package dev.fakegmail.http.internal.web;

import dev.fakegmail.server.MessagePart;
import dev.fakegmail.server.ReceivedMessage;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message as its page shows it, read from the model ({@link ReceivedMessage#text()}, {@code html()},
 * {@code attachments()}, {@code inlineParts()}; the rule is {@code docs/messages.md}), so that the page, the JSON
 * API and the assertions agree on every part.
 *
 * @param html        the HTML body, decoded
 * @param text        the plain-text body, decoded
 * @param attachments the attachments, numbered from 1 in this order on the page and in its links
 * @param inline      the inline parts, which the HTML shows through {@code cid:}
 */
record MessageParts(Optional<String> html, Optional<String> text, List<MessagePart> attachments,
                    List<MessagePart> inline) {
    private static final Pattern CID = Pattern.compile("cid:([^\"'\\s)>]+)", Pattern.CASE_INSENSITIVE);

    /** Reads the parts; throws {@link IllegalStateException} when the message cannot be parsed. */
    static MessageParts of(ReceivedMessage message) {
        String text = message.text();
        return new MessageParts(message.html(), text.isEmpty() ? Optional.empty() : Optional.of(text),
                message.attachments(), message.inlineParts());
    }

    /**
     * The HTML for its sandboxed frame, with each {@code cid:} reference to an inline part replaced by that part as a
     * {@code data:} URL: the frame's policy loads nothing else, so the message's own images show and no remote one
     * does. A {@code cid:} with no such part is left as it is (and shows nothing).
     */
    Optional<String> framedHtml() {
        return html.map(body -> {
            Matcher reference = CID.matcher(body);
            StringBuilder framed = new StringBuilder();
            while (reference.find()) {
                String replacement = inlinePart(reference.group(1))
                        .map(part -> "data:" + part.contentType() + ";base64,"
                                + Base64.getEncoder().encodeToString(part.content()))
                        .orElse(reference.group());
                reference.appendReplacement(framed, Matcher.quoteReplacement(replacement));
            }
            return reference.appendTail(framed).toString();
        });
    }

    private Optional<MessagePart> inlinePart(String contentId) {
        return inline.stream().filter(part -> part.contentId().filter(contentId::equalsIgnoreCase).isPresent())
                .findFirst();
    }
}
