package dev.fakegmail.server;

import dev.fakegmail.server.internal.mime.MimeSupport;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule that takes a message apart into its text body, HTML body, attachments and inline parts
 * ({@code docs/messages.md}): depth first, in document order, {@code multipart/*} entered, every other part a leaf
 * ({@code message/rfc822} included: an attached message is never entered).
 *
 * <ol>
 *   <li>{@code Content-Disposition: attachment} or {@code message/rfc822}: an attachment;</li>
 *   <li>the first unnamed {@code text/plain} and the first unnamed {@code text/html}: the text and HTML bodies;</li>
 *   <li>a part with a {@code Content-ID} that is marked {@code inline} or sits in a {@code multipart/related}: an
 *       inline part;</li>
 *   <li>anything else (named text, a second body, images without a {@code Content-ID}, calendars): an attachment.</li>
 * </ol>
 */
final class PartWalk {
    private static final String OCTET_STREAM = "application/octet-stream";

    private Optional<String> text = Optional.empty();
    private Optional<String> html = Optional.empty();
    private final List<MessagePart> attachments = new ArrayList<>();
    private final List<MessagePart> inlineParts = new ArrayList<>();

    private PartWalk() {
    }

    /** The message's parts, by the rule. */
    static MessageContent of(Part message) throws MessagingException, IOException {
        PartWalk walk = new PartWalk();
        walk.visit(message, false);
        return new MessageContent(walk.text, walk.html, walk.attachments, walk.inlineParts);
    }

    private void visit(Part part, boolean inRelated) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            boolean related = inRelated || part.isMimeType("multipart/related");
            for (int i = 0; i < multipart.getCount(); i++) {
                visit(multipart.getBodyPart(i), related);
            }
        } else {
            leaf(part, inRelated);
        }
    }

    private void leaf(Part part, boolean inRelated) throws MessagingException, IOException {
        String disposition = disposition(part);
        boolean attached = disposition.equals(Part.ATTACHMENT) || part.isMimeType("message/rfc822");
        Optional<String> declaredName = PartNames.declared(part);
        boolean body = !attached && declaredName.isEmpty();
        if (body && text.isEmpty() && part.isMimeType("text/plain")) {
            text = Optional.of(MimeSupport.decode(part));
            return;
        }
        if (body && html.isEmpty() && part.isMimeType("text/html")) {
            html = Optional.of(MimeSupport.decode(part));
            return;
        }
        Optional<String> contentId = contentId(part);
        boolean inline = !attached && contentId.isPresent() && (inRelated || disposition.equals(Part.INLINE));
        List<MessagePart> list = inline ? inlineParts : attachments;
        String type = baseType(part);
        byte[] content = bytes(part);
        String name = declaredName.orElseGet(() -> PartNames.madeUp(inline ? "inline" : "attachment",
                list.size() + 1, type, content));
        list.add(new MessagePart(name, type, contentId, charset(part), content));
    }

    /** The disposition in lower case; empty when absent or unparseable (a reader shows such a part as it can). */
    private static String disposition(Part part) throws MessagingException {
        try {
            String disposition = part.getDisposition();
            return disposition == null ? "" : disposition.trim().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
            return "";
        }
    }

    private static Optional<String> contentId(Part part) throws MessagingException {
        String[] values = part.getHeader("Content-ID");
        if (values == null || values.length == 0) {
            return Optional.empty();
        }
        String id = values[0].trim();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1).trim();
        }
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    private static String baseType(Part part) throws MessagingException {
        return contentType(part).map(type -> type.getBaseType().toLowerCase(Locale.ROOT)).orElse(OCTET_STREAM);
    }

    private static Optional<String> charset(Part part) throws MessagingException {
        return contentType(part).map(type -> type.getParameter("charset")).filter(name -> !name.isBlank());
    }

    private static Optional<ContentType> contentType(Part part) throws MessagingException {
        try {
            String header = part.getContentType();
            return header == null ? Optional.empty() : Optional.of(new ContentType(header));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** Decoded from the transfer encoding; as stored when the encoding is one Jakarta Mail does not know. */
    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException | MessagingException e) {
            if (part instanceof MimeBodyPart mime) {
                try (InputStream raw = mime.getRawInputStream()) {
                    return raw.readAllBytes();
                }
            }
            throw e;
        }
    }
}
