package dev.fakegmail.http.internal.gmail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.ReceivedMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code users.threads.list} and {@code users.threads.get} (docs/gmail-api.md §4): threads as {@link Threads} groups
 * the account's messages; a thread is listed when one of its messages matches {@code labelIds} and {@code q}.
 */
final class ThreadsApi {
    private final MailboxSource mailboxes;

    ThreadsApi(MailboxSource mailboxes) {
        this.mailboxes = mailboxes;
    }

    /** {@code GET …/threads}: {@code {"threads": [{"id", "snippet", "historyId"}], "resultSizeEstimate"}}. */
    Optional<ObjectNode> list(Exchange call, GmailAccount account) {
        Mailbox mailbox = mailboxes.of(account);
        List<String> labelIds = call.queryValues("labelIds");
        Predicate<ReceivedMessage> query = SearchQuery.parse(call.query("q").orElse(""), mailbox);
        boolean spamTrash = call.query("includeSpamTrash").map(Boolean::parseBoolean).orElse(false);
        Map<String, ReceivedMessage> newest = new LinkedHashMap<>();
        for (ReceivedMessage message : mailbox.messages()) {
            List<String> labels = mailbox.labels(message);
            if (labels.containsAll(labelIds) && (spamTrash || !Messages.hidden(labels, labelIds))
                    && query.test(message)) {
                newest.putIfAbsent(mailbox.threadId(message), message);
            }
        }
        int size = Messages.pageSize(call);
        int from = Messages.number(call, "pageToken", 0);
        List<Map.Entry<String, ReceivedMessage>> found = new ArrayList<>(newest.entrySet());
        ObjectNode node = Json.object();
        if (from < found.size()) {
            ArrayNode threads = node.putArray("threads");
            found.subList(from, Math.min(found.size(), from + size)).forEach(entry -> threads.add(Json.object()
                    .put("id", entry.getKey()).put("snippet", MessageJson.snippet(entry.getValue().text()))
                    .put("historyId", Long.toString(mailbox.historyId(entry.getValue())))));
            if (from + size < found.size()) {
                node.put("nextPageToken", Integer.toString(from + size));
            }
        }
        return Optional.of(node.put("resultSizeEstimate", found.size()));
    }

    /** {@code GET …/threads/{id}}: {@code {"id", "historyId", "messages": [...]}}, oldest first, in {@code format}. */
    Optional<ObjectNode> get(Exchange call, GmailAccount account) {
        Mailbox mailbox = mailboxes.of(account);
        String id = Mailbox.id(mailbox.find(call.path(1)));
        List<ReceivedMessage> messages = new ArrayList<>(mailbox.messages().stream()
                .filter(m -> mailbox.threadId(m).equals(id)).toList());
        if (messages.isEmpty()) {
            throw GoogleError.notFound().refused();
        }
        java.util.Collections.reverse(messages);
        ObjectNode node = Json.object().put("id", id).put("historyId", Long.toString(
                messages.stream().mapToLong(mailbox::historyId).max().orElse(mailbox.historyId())));
        ArrayNode list = node.putArray("messages");
        String format = call.query("format").orElse("full");
        messages.forEach(m -> list.add(MessageJson.of(m, id, mailbox.labels(m), mailbox.historyId(m), format,
                call.queryValues("metadataHeaders"))));
        return Optional.of(node);
    }
}
