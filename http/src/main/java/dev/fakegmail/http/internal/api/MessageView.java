package dev.fakegmail.http.internal.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** A received message as JSON: its summary, or parsed into headers, text, HTML and attachments. */
final class MessageView {
    /** A leaf part of a message. */
    record Part(String contentType, String fileName, byte[] content) {
    }

    private MessageView() {
    }

    static ObjectNode summary(ReceivedMessage message) {
        ObjectNode node = Json.object()
                .put("id", message.id())
                .put("acceptedAt", message.acceptedAt().toString())
                .put("sessionId", message.sessionId())
                .put("account", message.envelope().account())
                .put("mailFrom", message.envelope().mailFrom());
        ArrayNode recipients = node.putArray("recipients");
        message.envelope().recipients().forEach(recipients::add);
        node.put("from", safely(message::from)).put("subject", safely(message::subject))
                .put("size", message.rawBytes().length);
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
            MimeMessage mime = message.mimeMessage();
            ArrayNode headers = node.putArray("headers");
            for (Enumeration<Header> all = mime.getAllHeaders(); all.hasMoreElements(); ) {
                Header header = all.nextElement();
                headers.addObject().put("name", header.getName()).put("value", MimeUtility.unfold(header.getValue()));
            }
            List<Part> attachments = new ArrayList<>();
            String[] bodies = new String[2];
            walk(mime, bodies, attachments);
            node.put("text", bodies[0]).put("html", bodies[1]);
            ArrayNode list = node.putArray("attachments");
            for (int i = 0; i < attachments.size(); i++) {
                Part part = attachments.get(i);
                list.addObject().put("fileName", part.fileName()).put("contentType", part.contentType())
                        .put("size", part.content().length)
                        .put("link", "/api/messages/" + message.id() + "/attachments/" + (i + 1));
            }
        } catch (IllegalStateException | MessagingException | IOException e) {
            node.put("parseError", "Cannot parse the message (" + e.getMessage() + "); GET its raw bytes instead");
        }
        return node;
    }

    static List<Part> attachments(ReceivedMessage message) {
        List<Part> attachments = new ArrayList<>();
        try {
            walk(message.mimeMessage(), new String[2], attachments);
        } catch (IllegalStateException | MessagingException | IOException e) {
            throw HttpError.conflict("Cannot parse message " + message.id() + " (" + e.getMessage()
                    + "); GET /api/messages/" + message.id() + "/raw for its bytes");
        }
        return attachments;
    }

    /** Collects the first text/plain and text/html bodies and every attachment, depth first. */
    private static void walk(jakarta.mail.Part part, String[] bodies, List<Part> attachments)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, bodies, attachments);
            }
            return;
        }
        boolean attached = jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                || part.getFileName() != null || part.isMimeType("message/rfc822");
        if (!attached && part.isMimeType("text/plain") && bodies[0] == null) {
            bodies[0] = String.valueOf(part.getContent());
        } else if (!attached && part.isMimeType("text/html") && bodies[1] == null) {
            bodies[1] = String.valueOf(part.getContent());
        } else {
            try (InputStream in = part.getInputStream()) {
                String type = part.getContentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
                String name = Optional.ofNullable(part.getFileName()).orElse("attachment-" + (attachments.size() + 1));
                attachments.add(new Part(type, name, in.readAllBytes()));
            }
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
