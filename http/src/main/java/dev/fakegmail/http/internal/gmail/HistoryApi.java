package dev.fakegmail.http.internal.gmail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.server.GmailAccount;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code users.history.list} (docs/gmail-api.md §4): the account's history records after {@code startHistoryId},
 * oldest first, as Google's {@code ListHistoryResponse} {@code {"history": [{"id", "messages", "messagesAdded",
 * "messagesDeleted", "labelsAdded", "labelsRemoved"}], "nextPageToken", "historyId"}}; Google's 404 for a
 * {@code startHistoryId} older than the history kept.
 */
final class HistoryApi {
    private final MailboxSource mailboxes;

    HistoryApi(MailboxSource mailboxes) {
        this.mailboxes = mailboxes;
    }

    /** {@code GET …/history}: {@code startHistoryId}, {@code historyTypes}, {@code labelId}, {@code maxResults}, {@code pageToken}. */
    Optional<ObjectNode> list(Exchange call, GmailAccount account) {
        if (call.query("startHistoryId").filter(value -> value.matches("[0-9]{1,18}")).isEmpty()) {
            throw GoogleError.startHistoryIdRequired().refused();
        }
        long start = Long.parseLong(call.query("startHistoryId").orElseThrow());
        long after = call.query("pageToken").isPresent() ? Math.max(start, Messages.id(call, "pageToken") - 1) : start;
        Set<HistoryRecord.Kind> kinds = kinds(call.queryValues("historyTypes"));
        Optional<String> labelId = call.query("labelId");
        Predicate<HistoryRecord> keep = record -> kinds.contains(record.kind()) && labelId.map(
                label -> record.labelIds().contains(label) || record.changed().contains(label)).orElse(true);
        int max = Messages.pageSize(call);
        Mailbox mailbox = mailboxes.of(account);
        AccountHistory.Page page;
        long current;
        synchronized (mailbox.locked()) {
            if (mailbox.history().tooOld(start)) {
                throw GoogleError.notFound().refused();
            }
            page = mailbox.history().page(after, keep, max);
            current = mailbox.history().latest();
        }
        ObjectNode node = Json.object();
        if (!page.records().isEmpty()) {
            node.set("history", items(page.records()));
        }
        page.next().ifPresent(next -> node.put("nextPageToken", Long.toString(next)));
        return Optional.of(node.put("historyId", Long.toString(current)));
    }

    /** One {@code History} per id: its messages, then a field per kind of change. */
    private static ArrayNode items(List<HistoryRecord> records) {
        ArrayNode history = Json.array();
        int i = 0;
        while (i < records.size()) {
            long id = records.get(i).id();
            List<HistoryRecord> same = new ArrayList<>();
            for (; i < records.size() && records.get(i).id() == id; i++) {
                same.add(records.get(i));
            }
            ObjectNode item = history.addObject().put("id", Long.toString(id));
            ArrayNode messages = item.putArray("messages");
            same.stream().map(HistoryRecord::messageId).distinct().forEach(messageId -> messages.addObject()
                    .put("id", messageId).put("threadId", same.stream().filter(r -> r.messageId().equals(messageId))
                            .findFirst().orElseThrow().threadId()));
            for (HistoryRecord record : same) {
                ObjectNode change = (item.has(record.kind().field()) ? (ArrayNode) item.get(record.kind().field())
                        : item.putArray(record.kind().field())).addObject();
                ObjectNode message = change.putObject("message").put("id", record.messageId())
                        .put("threadId", record.threadId());
                ArrayNode labels = message.putArray("labelIds");
                record.labelIds().forEach(labels::add);
                if (!record.changed().isEmpty()) {
                    ArrayNode changed = change.putArray("labelIds");
                    record.changed().forEach(changed::add);
                }
            }
        }
        return history;
    }

    /** {@code historyTypes}: every kind when none is given; Google's 400 for a value it does not know. */
    private static Set<HistoryRecord.Kind> kinds(List<String> types) {
        if (types.isEmpty()) {
            return EnumSet.allOf(HistoryRecord.Kind.class);
        }
        Set<HistoryRecord.Kind> kinds = EnumSet.noneOf(HistoryRecord.Kind.class);
        for (String type : types) {
            kinds.add(EnumSet.allOf(HistoryRecord.Kind.class).stream().filter(k -> k.type().equalsIgnoreCase(type))
                    .findFirst().orElseThrow(() -> GoogleError.invalidArgument("Invalid value at 'history_types' "
                            + "(type.googleapis.com/caribou.api.proto.HistoryType), \"" + type + "\"").refused()));
        }
        return kinds;
    }
}
