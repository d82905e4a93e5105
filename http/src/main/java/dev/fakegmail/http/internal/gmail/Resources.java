package dev.fakegmail.http.internal.gmail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.ReceivedMessage;
import java.util.List;

/** Google's {@code Profile}, {@code ListLabelsResponse} and {@code Label} resources. */
final class Resources {
    /** Gmail's system labels, as {@code labels.list} names them. */
    static final List<String> SYSTEM_LABELS = List.of("CHAT", "SENT", "INBOX", "IMPORTANT", "TRASH", "DRAFT", "SPAM",
            "CATEGORY_FORUMS", "CATEGORY_UPDATES", "CATEGORY_PERSONAL", "CATEGORY_PROMOTIONS", "CATEGORY_SOCIAL",
            "STARRED", "UNREAD");

    private Resources() {
    }

    /** {@code {"emailAddress", "messagesTotal", "threadsTotal", "historyId"}}. */
    static ObjectNode profile(GmailAccount account, Mailbox mailbox) {
        return Json.object().put("emailAddress", account.address()).put("messagesTotal", mailbox.count(""))
                .put("threadsTotal", mailbox.threads()).put("historyId", Long.toString(mailbox.historyId()));
    }

    /**
     * {@code {"id", "name", "type": "system", "messagesTotal", "messagesUnread", "threadsTotal", "threadsUnread"}}
     * for a system label, counted in {@code mailbox} (each message its own thread).
     *
     * @throws RefusedException 404 for a label Gmail does not have
     */
    static ObjectNode label(String id, Mailbox mailbox) {
        if (!SYSTEM_LABELS.contains(id)) {
            throw GoogleError.notFound().refused();
        }
        List<List<String>> labels = mailbox.messages().stream().map(mailbox::labels).filter(l -> l.contains(id))
                .toList();
        long unread = labels.stream().filter(l -> l.contains("UNREAD")).count();
        return Json.object().put("id", id).put("name", id).put("type", "system")
                .put("messagesTotal", labels.size()).put("messagesUnread", unread)
                .put("threadsTotal", labels.size()).put("threadsUnread", unread);
    }

    /** {@code {"labels": [{"id", "name", "type": "system"}, …]}}. */
    static ObjectNode labels() {
        ObjectNode node = Json.object();
        ArrayNode labels = node.putArray("labels");
        SYSTEM_LABELS.forEach(label -> labels.addObject().put("id", label).put("name", label).put("type", "system"));
        return node;
    }
}
