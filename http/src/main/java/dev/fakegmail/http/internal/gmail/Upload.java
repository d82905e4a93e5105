package dev.fakegmail.http.internal.gmail;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.Json;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;

/**
 * The message of an upload to {@code /upload/gmail/v1/users/{userId}/messages/send} (and the drafts' upload paths,
 * docs/gmail-api.md §5): {@code uploadType=media} sends it as the body ({@code message/rfc822});
 * {@code uploadType=multipart} sends {@code multipart/related} with the JSON metadata first and the message second.
 */
final class Upload {
    private Upload() {
    }

    /**
     * An upload's two halves.
     *
     * @param metadata the JSON part of a multipart upload (a {@code Message} or a {@code Draft}); empty for media
     * @param message  the message itself
     */
    record Parts(ObjectNode metadata, byte[] message) {
    }

    static byte[] message(Exchange call) throws IOException {
        return parts(call).message();
    }

    static Parts parts(Exchange call) throws IOException {
        String type = call.query("uploadType").orElse("");
        byte[] body = call.bytes();
        if (type.equals("media")) {
            return new Parts(Json.object(), body);
        }
        if (!type.equals("multipart")) {
            throw GoogleError.invalidArgument("Invalid upload type: \"" + type + "\"; this fake serves uploadType=media"
                    + " and uploadType=multipart").refused();
        }
        try {
            MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body,
                    call.header("Content-Type").orElse("multipart/related")));
            if (multipart.getCount() < 2) {
                throw GoogleError.rawRequired().refused();
            }
            return new Parts(metadata(multipart.getBodyPart(0)), bytes(multipart.getBodyPart(1)));
        } catch (MessagingException e) {
            throw GoogleError.invalidArgument("The multipart/related body cannot be read: " + e.getMessage())
                    .refused();
        }
    }

    private static ObjectNode metadata(BodyPart part) throws MessagingException, IOException {
        byte[] json = bytes(part);
        JsonNode node;
        try {
            node = json.length == 0 ? Json.object() : Json.read(json);
        } catch (JacksonException e) {
            throw GoogleError.invalidArgument("The first part of a multipart upload is not valid JSON ("
                    + e.getOriginalMessage() + ")").refused();
        }
        if (node == null || !node.isObject()) {
            throw GoogleError.invalidArgument("The first part of a multipart upload must be a JSON object, but was "
                    + (node == null ? "empty" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)))
                    .refused();
        }
        return (ObjectNode) node;
    }

    private static byte[] bytes(BodyPart part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
