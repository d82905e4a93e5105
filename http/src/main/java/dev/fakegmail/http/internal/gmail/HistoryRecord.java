package dev.fakegmail.http.internal.gmail;

import java.util.List;

/**
 * One change to one message in one account's mailbox, as {@code users.history.list} reports it (docs/gmail-api.md
 * §4): several changes made by one request share an id.
 *
 * @param id        the history id, from the server's one increasing counter
 * @param kind      what happened
 * @param messageId the message's Gmail API id
 * @param threadId  its thread's id
 * @param labelIds  its labels once the change was made (before it, for a deletion)
 * @param changed   the labels added or removed; empty for {@code messageAdded} and {@code messageDeleted}
 */
record HistoryRecord(long id, Kind kind, String messageId, String threadId, List<String> labelIds,
                     List<String> changed) {

    HistoryRecord {
        labelIds = List.copyOf(labelIds);
        changed = List.copyOf(changed);
    }

    /** Google's {@code HistoryType}s, with the field of the {@code History} resource each one fills. */
    enum Kind {
        MESSAGE_ADDED("messageAdded", "messagesAdded"),
        MESSAGE_DELETED("messageDeleted", "messagesDeleted"),
        LABEL_ADDED("labelAdded", "labelsAdded"),
        LABEL_REMOVED("labelRemoved", "labelsRemoved");

        private final String type;
        private final String field;

        Kind(String type, String field) {
            this.type = type;
            this.field = field;
        }

        /** The value of {@code historyTypes}: {@code messageAdded}, … */
        String type() {
            return type;
        }

        /** The field of a {@code History}: {@code messagesAdded}, … */
        String field() {
            return field;
        }
    }
}
