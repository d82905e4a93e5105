package dev.fakegmail.http.internal.gmail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Google's {@code Message} resource for one message in one mailbox (docs/gmail-api.md §4), in the four formats of
 * {@code users.messages.get}: {@code minimal} (ids, labels, snippet, size, dates), {@code raw} (with the stored
 * message, base64url), {@code metadata} (with the headers, or those named in {@code metadataHeaders}) and
 * {@code full} (with the MIME tree: a leaf's decoded bytes in {@code body.data}, an attachment's
 * {@code body.attachmentId} for {@code users.messages.attachments.get}).
 */
final class MessageJson {
    private static final int SNIPPET = 200;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder();

    private MessageJson() {
    }

    /** {@code {"id", "threadId", "labelIds"}}: what {@code messages.list} and {@code messages.send} answer. */
    static ObjectNode reference(ReceivedMessage message, String threadId, List<String> labels) {
        ObjectNode node = Json.object().put("id", Mailbox.id(message)).put("threadId", threadId);
        if (!labels.isEmpty()) {
            ArrayNode labelIds = node.putArray("labelIds");
            labels.forEach(labelIds::add);
        }
        return node;
    }

    /**
     * The resource in {@code format}.
     *
     * @throws RefusedException 400 for a format that is not one of Gmail's four
     */
    static ObjectNode of(ReceivedMessage message, String threadId, List<String> labels, long historyId,
                         String format, List<String> metadataHeaders) {
        ObjectNode node = reference(message, threadId, labels)
                .put("snippet", snippet(message.text()))
                .put("sizeEstimate", message.rawBytes().length)
                .put("historyId", Long.toString(historyId))
                .put("internalDate", Long.toString(message.acceptedAt().toEpochMilli()));
        try {
            switch (format.toLowerCase(Locale.ROOT)) {
                case "minimal" -> { }
                case "raw" -> node.put("raw", BASE64URL.encodeToString(message.rawBytes()));
                case "metadata" -> node.set("payload", metadata(message.mimeMessage(), metadataHeaders));
                case "full" -> node.set("payload", part(message.mimeMessage(), ""));
                default -> throw GoogleError.invalidArgument("Invalid value at 'format' (type.googleapis.com/"
                        + "caribou.api.proto.MessageFormat), \"" + format + "\"").refused();
            }
        } catch (MessagingException | IOException e) {
            throw GoogleError.invalidArgument("The stored message cannot be parsed: " + e.getMessage()).refused();
        }
        return node;
    }

    private static ObjectNode metadata(Part message, List<String> names) throws MessagingException {
        Set<String> wanted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        wanted.addAll(names);
        ObjectNode payload = Json.object().put("mimeType", mimeType(message));
        payload.set("headers", headers(message, wanted));
        return payload;
    }

    private static ObjectNode part(Part part, String partId) throws MessagingException, IOException {
        ObjectNode node = Json.object().put("partId", partId).put("mimeType", mimeType(part))
                .put("filename", part.getFileName() == null ? "" : part.getFileName());
        node.set("headers", headers(part, Set.of()));
        if (part.isMimeType("multipart/*")) {
            node.putObject("body").put("size", 0);
            Multipart multipart = (Multipart) part.getContent();
            ArrayNode parts = node.putArray("parts");
            for (int i = 0; i < multipart.getCount(); i++) {
                parts.add(part(multipart.getBodyPart(i), partId.isEmpty() ? Integer.toString(i) : partId + "." + i));
            }
            return node;
        }
        byte[] data = Attachments.bytes(part);
        if (Attachments.isAttachment(part)) {
            node.putObject("body").put("attachmentId", Attachments.id(partId)).put("size", data.length);
        } else {
            node.putObject("body").put("size", data.length).put("data", BASE64URL.encodeToString(data));
        }
        return node;
    }

    /** Every header in order, unfolded; only {@code wanted} ones when it is not empty. */
    private static ArrayNode headers(Part part, Set<String> wanted) throws MessagingException {
        ArrayNode headers = Json.array();
        for (Header header : Collections.list(part.getAllHeaders())) {
            if (wanted.isEmpty() || wanted.contains(header.getName())) {
                headers.addObject().put("name", header.getName()).put("value", MimeUtility.unfold(header.getValue()));
            }
        }
        return headers;
    }

    private static String mimeType(Part part) throws MessagingException {
        String type = part.getContentType();
        return type == null ? "text/plain" : new ContentType(type).getBaseType().toLowerCase(Locale.ROOT);
    }

    /** The text's start, whitespace collapsed, as Gmail's {@code snippet}. */
    static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET);
    }
}
