package dev.fakegmail.http.internal.gmail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.MessageRefusedException;
import dev.fakegmail.server.ReceivedMessage;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** {@code users.messages.send}, {@code list}, {@code get} and {@code delete} (docs/gmail-api.md §4, §5). */
final class Messages {
    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 500;

    private final FakeGmailServer gmail;
    private final MailboxSource mailboxes;

    Messages(MailboxSource mailboxes) {
        this.gmail = mailboxes.gmail();
        this.mailboxes = mailboxes;
    }

    /** {@code POST /gmail/v1/users/{userId}/messages/send} with {@code {"raw": "<base64url>"}}. */
    Optional<ObjectNode> sendJson(Exchange call, GmailAccount account) throws IOException {
        JsonNode raw = call.jsonBody().path("raw");
        if (!raw.isTextual() || raw.asText().isEmpty()) {
            throw GoogleError.rawRequired().refused();
        }
        return Optional.of(send(account, base64(raw.asText())));
    }

    /** {@code POST /upload/gmail/v1/users/{userId}/messages/send?uploadType=media|multipart}. */
    Optional<ObjectNode> sendUpload(Exchange call, GmailAccount account) throws IOException {
        return Optional.of(send(account, Upload.message(call)));
    }

    /** {@code GET …/messages}: {@code labelIds}, {@code q}, {@code maxResults}, {@code pageToken}, {@code includeSpamTrash}. */
    Optional<ObjectNode> list(Exchange call, GmailAccount account) {
        Mailbox mailbox = mailboxes.of(account);
        List<String> labelIds = call.queryValues("labelIds");
        Predicate<ReceivedMessage> query = SearchQuery.parse(call.query("q").orElse(""), mailbox);
        boolean spamTrash = call.query("includeSpamTrash").map(Boolean::parseBoolean).orElse(false);
        List<ReceivedMessage> found = mailbox.messages().stream()
                .filter(m -> mailbox.labels(m).containsAll(labelIds))
                .filter(m -> spamTrash || !hidden(mailbox.labels(m), labelIds)).filter(query).toList();
        int size = pageSize(call);
        int from = number(call, "pageToken", 0);
        ObjectNode node = Json.object();
        if (from < found.size()) {
            ArrayNode messages = node.putArray("messages");
            found.subList(from, Math.min(found.size(), from + size))
                    .forEach(m -> messages.add(MessageJson.reference(m, mailbox.threadId(m), List.of())));
            if (from + size < found.size()) {
                node.put("nextPageToken", Integer.toString(from + size));
            }
        }
        return Optional.of(node.put("resultSizeEstimate", found.size()));
    }

    /** {@code GET /gmail/v1/users/{userId}/messages/{id}}: {@code format}, {@code metadataHeaders}. */
    Optional<ObjectNode> get(Exchange call, GmailAccount account) {
        Mailbox mailbox = mailboxes.of(account);
        ReceivedMessage message = mailbox.find(call.path(1));
        return Optional.of(MessageJson.of(message, mailbox.threadId(message), mailbox.labels(message),
                call.query("format").orElse("full"),
                call.queryValues("metadataHeaders")));
    }

    /**
     * {@code DELETE /gmail/v1/users/{userId}/messages/{id}}: gone at once and for good, from the server's messages
     * and every mailbox (the sender's and the recipients'), as {@link FakeGmailServer#deleteMessage} does; 204.
     */
    Optional<ObjectNode> delete(Exchange call, GmailAccount account) {
        gmail.deleteMessage(mailboxes.of(account).find(call.path(1)).id());
        return Optional.empty();
    }

    /** Sends as {@code messages.send} does (also {@code drafts.send}): the sent message's id, thread and labels. */
    ObjectNode send(GmailAccount account, byte[] rfc822) {
        try {
            ReceivedMessage sent = gmail.sendAs(account, rfc822);
            Mailbox mailbox = mailboxes.of(account);
            return MessageJson.reference(sent, mailbox.threadId(sent), mailbox.labels(sent));
        } catch (MessageRefusedException e) {
            throw GoogleError.refusal(e).refused();
        }
    }

    /** Gmail leaves out what is in {@code TRASH} or {@code SPAM} unless asked for that label or includeSpamTrash. */
    static boolean hidden(List<String> labels, List<String> asked) {
        return labels.contains("TRASH") && !asked.contains("TRASH") || labels.contains("SPAM") && !asked.contains("SPAM");
    }

    /** Gmail takes base64url (padded or not) and, leniently, standard base64. */
    static byte[] base64(String text) {
        String clean = text.strip().replace('+', '-').replace('/', '_');
        try {
            return Base64.getUrlDecoder().decode(clean);
        } catch (IllegalArgumentException e) {
            throw GoogleError.invalidArgument("Invalid value at 'message.raw' (TYPE_BYTES), Base64 decoding failed for"
                    + " \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"").refused();
        }
    }

    /** {@code maxResults}: 100 when absent or 0, at most 500 (google). */
    static int pageSize(Exchange call) {
        int asked = number(call, "maxResults", DEFAULT_PAGE);
        return asked == 0 ? DEFAULT_PAGE : Math.min(asked, MAX_PAGE);
    }

    static int number(Exchange call, String name, int otherwise) {
        String value = call.query(name).orElse(Integer.toString(otherwise));
        try {
            int number = Integer.parseInt(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw GoogleError.invalidArgument("Invalid " + name + " value: \"" + value + "\"").refused();
    }
}
