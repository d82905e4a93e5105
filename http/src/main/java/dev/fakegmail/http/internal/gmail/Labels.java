package dev.fakegmail.http.internal.gmail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.ReceivedMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code users.messages.modify}, {@code trash} and {@code untrash} (docs/gmail-api.md §4): the system labels a caller
 * may set on a message for its account; each answers the message's {@code id}, {@code threadId} and
 * {@code labelIds}.
 */
final class Labels {
    /** The system labels {@code modify} may add or remove (chosen: Gmail refuses SENT, DRAFT and CHAT). */
    static final Set<String> SETTABLE = Set.of("INBOX", "UNREAD", "STARRED", "IMPORTANT", "TRASH", "SPAM",
            "CATEGORY_FORUMS", "CATEGORY_UPDATES", "CATEGORY_PERSONAL", "CATEGORY_PROMOTIONS", "CATEGORY_SOCIAL");

    private final MailboxSource mailboxes;

    Labels(MailboxSource mailboxes) {
        this.mailboxes = mailboxes;
    }

    /** {@code POST …/messages/{id}/modify} with {@code {"addLabelIds": [...], "removeLabelIds": [...]}}. */
    Optional<ObjectNode> modify(Exchange call, GmailAccount account) throws IOException {
        ObjectNode body = call.jsonBody();
        List<String> add = ids(body.path("addLabelIds"));
        List<String> remove = ids(body.path("removeLabelIds"));
        return change(call, account, add, remove);
    }

    /** {@code POST …/messages/{id}/trash}: adds {@code TRASH}. */
    Optional<ObjectNode> trash(Exchange call, GmailAccount account) {
        return change(call, account, List.of("TRASH"), List.of());
    }

    /** {@code POST …/messages/{id}/untrash}: removes {@code TRASH}. */
    Optional<ObjectNode> untrash(Exchange call, GmailAccount account) {
        return change(call, account, List.of(), List.of("TRASH"));
    }

    private Optional<ObjectNode> change(Exchange call, GmailAccount account, List<String> add, List<String> remove) {
        Mailbox mailbox = mailboxes.of(account);
        ReceivedMessage message = mailbox.find(call.path(1));
        Set<String> labels = new LinkedHashSet<>(mailbox.labels(message));
        labels.removeAll(remove);
        labels.addAll(add);
        List<String> now = new ArrayList<>(labels);
        mailbox.setLabels(message, now);
        return Optional.of(MessageJson.reference(message, mailbox.threadId(message), now));
    }

    private static List<String> ids(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw GoogleError.invalidArgument("Invalid JSON payload received. Expected a list of label ids, was "
                    + node).refused();
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : node) {
            String text = id.asText();
            if (!SETTABLE.contains(text)) {
                throw GoogleError.invalidArgument("Invalid label: " + text).refused();
            }
            ids.add(text);
        }
        return ids;
    }
}
