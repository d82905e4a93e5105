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

    /**
     * {@code GET …/messages}: {@code labelIds}, {@code q}, {@code maxResults}, {@code pageToken},
     * {@code includeSpamTrash}. A page walks the account's view newest first from its token and stops when it is
     * full; {@code resultSizeEstimate} is the view's count of the label asked for (without {@code q}) or the matches
     * the page saw (with it).
     */
    Optional<ObjectNode> list(Exchange call, GmailAccount account) {
        Mailbox mailbox = mailboxes.of(account);
        List<String> labelIds = call.queryValues("labelIds");
        String q = call.query("q").orElse("");
        Predicate<ReceivedMessage> query = SearchQuery.parse(q, mailbox);
        boolean spamTrash = call.query("includeSpamTrash").map(Boolean::parseBoolean).orElse(false);
        int size = pageSize(call);
        long from = call.query("pageToken").isPresent() ? id(call, "pageToken") : Long.MAX_VALUE;
        AccountView.Page page = mailbox.page(entry -> {
            List<String> labels = mailbox.labels(entry.message());
            return labels.containsAll(labelIds) && (spamTrash || !hidden(labels, labelIds))
                    && query.test(entry.message());
        }, from, size);
        ObjectNode node = Json.object();
        if (!page.entries().isEmpty()) {
            ArrayNode messages = node.putArray("messages");
            page.entries().forEach(e -> messages.add(MessageJson.reference(e.message(), e.threadId(), List.of())));
        }
        page.next().ifPresent(next -> node.put("nextPageToken", Long.toString(next)));
        int estimate = q.isBlank() ? labelIds.stream().mapToInt(mailbox::count).min().orElse(mailbox.count(""))
                : page.entries().size() + (page.next().isPresent() ? 1 : 0);
        return Optional.of(node.put("resultSizeEstimate", estimate));
    }

    /** The account's latest history id (docs/gmail-api.md §4). */
    long historyId(GmailAccount account) {
        return mailboxes.of(account).historyId();
    }

    /** {@code GET /gmail/v1/users/{userId}/messages/{id}}: {@code format}, {@code metadataHeaders}. */
    Optional<ObjectNode> get(Exchange call, GmailAccount account) {
        Mailbox mailbox = mailboxes.of(account);
        ReceivedMessage message = mailbox.find(call.path(1));
        return Optional.of(MessageJson.of(message, mailbox.threadId(message), mailbox.labels(message),
                mailbox.historyId(message), call.query("format").orElse("full"),
                call.queryValues("metadataHeaders")));
    }

    /**
     * {@code DELETE /gmail/v1/users/{userId}/messages/{id}}: gone at once and for good, from the server's messages
     * and every mailbox (the sender's and the recipients'), as {@link FakeGmailServer#deleteMessage} does, with a
     * {@code messageDeleted} history record in each account's view that had it; 204.
     */
    Optional<ObjectNode> delete(Exchange call, GmailAccount account) {
        Mailbox mailbox = mailboxes.of(account);
        mailbox.delete(mailbox.find(call.path(1)));
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

    /** A parameter that is a non-negative decimal number such as a page token (Gmail's 400 otherwise). */
    static long id(Exchange call, String name) {
        String value = call.query(name).orElse("");
        try {
            long number = Long.parseLong(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw GoogleError.invalidArgument("Invalid " + name + " value: \"" + value + "\"").refused();
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
