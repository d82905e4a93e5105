package dev.fakegmail.http.internal.gmail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code users.messages.attachments.get} (docs/gmail-api.md §4): an attachment of a message, named in the
 * {@code full} format by its {@code body.attachmentId} — its part id ({@code 1}, {@code 0.2}) in base64url (chosen;
 * Google's are opaque too) — answered as {@code {"attachmentId", "size", "data"}} with the decoded bytes.
 */
final class Attachments {
    private static final String PREFIX = "part:";

    private final MailboxSource mailboxes;

    Attachments(MailboxSource mailboxes) {
        this.mailboxes = mailboxes;
    }

    /** {@code GET /gmail/v1/users/{userId}/messages/{messageId}/attachments/{id}}. */
    Optional<ObjectNode> get(Exchange call, GmailAccount account) throws IOException {
        ReceivedMessage message = mailboxes.of(account).find(call.path(1));
        String id = call.path(2);
        Part part;
        try {
            Optional<String> partId = partId(id);
            part = (partId.isPresent() ? find(message.mimeMessage(), partId.get()) : Optional.<Part>empty())
                    .filter(Attachments::isAttachment)
                    .orElseThrow(() -> GoogleError.invalidArgument("Invalid attachment token").refused());
            byte[] data = bytes(part);
            return Optional.of(Json.object().put("attachmentId", id).put("size", data.length)
                    .put("data", Base64.getUrlEncoder().encodeToString(data)));
        } catch (MessagingException e) {
            throw GoogleError.invalidArgument("The stored message cannot be parsed: " + e.getMessage()).refused();
        }
    }

    /** The attachment id of the part {@code partId}. */
    static String id(String partId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + partId)
                .getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether Gmail shows this leaf as an attachment: a file name or {@code Content-Disposition: attachment}. */
    static boolean isAttachment(Part part) {
        try {
            return part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        } catch (MessagingException e) {
            return false;
        }
    }

    /** A leaf's content, decoded from its transfer encoding. */
    static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static Optional<String> partId(String attachmentId) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(attachmentId), StandardCharsets.US_ASCII);
            return decoded.startsWith(PREFIX) ? Optional.of(decoded.substring(PREFIX.length())) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The part at {@code partId} ({@code ""} the message, {@code 1} its second part, {@code 0.2} …). */
    private static Optional<Part> find(Part root, String partId) throws MessagingException {
        Part part = root;
        try {
            for (String index : partId.isEmpty() ? new String[0] : partId.split("\\.")) {
                if (!part.isMimeType("multipart/*")) {
                    return Optional.empty();
                }
                Multipart multipart = (Multipart) part.getContent();
                int i = Integer.parseInt(index);
                if (i < 0 || i >= multipart.getCount()) {
                    return Optional.empty();
                }
                part = multipart.getBodyPart(i);
            }
        } catch (NumberFormatException | IOException e) {
            return Optional.empty();
        }
        return part.isMimeType("multipart/*") ? Optional.empty() : Optional.of(part);
    }
}
