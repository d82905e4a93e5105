package dev.fakegmail.http.internal.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.server.MessagePart;
import dev.fakegmail.server.MessageSummary;
import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Supplier;

/**
 * A received message as JSON: its summary, or its headers, text, HTML, attachments and inline parts as the model
 * answers them ({@code docs/messages.md}), so that the API, the pages and the assertions agree on every part.
 */
final class MessageView {
    private MessageView() {
    }

    /** The list entry, read from the summary kept beside the message (never a parse). */
    static ObjectNode summary(ReceivedMessage message) {
        MessageSummary summary = message.summary();
        ObjectNode node = Json.object()
                .put("id", message.id())
                .put("acceptedAt", message.acceptedAt().toString())
                .put("sessionId", message.sessionId())
                .put("account", message.envelope().account())
                .put("mailFrom", message.envelope().mailFrom());
        ArrayNode recipients = node.putArray("recipients");
        message.envelope().recipients().forEach(recipients::add);
        node.put("from", summary.from()).put("subject", summary.subject()).put("size", summary.size());
        ArrayNode to = node.putArray("to");
        summary.to().forEach(to::add);
        node.put("messageId", summary.messageId().orElse(null));
        ArrayNode names = node.putArray("attachmentNames");
        summary.attachmentNames().forEach(names::add);
        String self = "/api/messages/" + message.id();
        node.putObject("links").put("self", self).put("raw", self + "/raw").put("submitted", self + "/submitted");
        return node;
    }

    static ObjectNode parsed(ReceivedMessage message) {
        ObjectNode node = summary(message)
                .put("tlsProtocol", message.tlsProtocol())
                .put("tlsCipher", message.tlsCipher())
                .put("authMechanism", message.authMechanism());
        try {
            ArrayNode headers = node.putArray("headers");
            for (Enumeration<Header> all = message.mimeMessage().getAllHeaders(); all.hasMoreElements(); ) {
                Header header = all.nextElement();
                headers.addObject().put("name", header.getName()).put("value", MimeUtility.unfold(header.getValue()));
            }
            String text = message.text();
            node.put("text", text.isEmpty() ? null : text).put("html", message.html().orElse(null));
            parts(node.putArray("attachments"), message.attachments(), message, "attachments");
            parts(node.putArray("inlineParts"), message.inlineParts(), message, "inline");
        } catch (IllegalStateException | MessagingException e) {
            node.remove(List.of("headers", "text", "html", "attachments", "inlineParts"));
            node.put("parseError", "Cannot parse the message (" + e.getMessage() + "); GET its raw bytes instead");
        }
        return node;
    }

    private static void parts(ArrayNode list, List<MessagePart> parts, ReceivedMessage message, String kind) {
        for (int i = 0; i < parts.size(); i++) {
            MessagePart part = parts.get(i);
            ObjectNode entry = list.addObject().put("fileName", part.fileName()).put("contentType", part.contentType())
                    .put("size", part.size());
            part.contentId().ifPresent(id -> entry.put("contentId", id));
            entry.put("link", "/api/messages/" + message.id() + "/" + kind + "/" + (i + 1));
        }
    }

    /** The attachments ({@code kind} {@code attachments}) or inline parts ({@code inline}) of a message. */
    static List<MessagePart> parts(ReceivedMessage message, String kind) {
        try {
            return kind.equals("inline") ? message.inlineParts() : message.attachments();
        } catch (IllegalStateException e) {
            throw HttpError.conflict("Cannot parse message " + message.id() + " (" + e.getMessage()
                    + "); GET /api/messages/" + message.id() + "/raw for its bytes");
        }
    }

    static String safely(Supplier<String> value) {
        try {
            return value.get();
        } catch (IllegalStateException e) {
            return "";
        }
    }
}
