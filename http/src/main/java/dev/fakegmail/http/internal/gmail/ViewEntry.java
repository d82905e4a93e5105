package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.ReceivedMessage;
import java.util.List;
import java.util.Optional;

/**
 * One message in one account's {@link AccountView}: worked out once when it entered the view (its thread, the labels
 * the model gives it), plus the id of the last history record that changed it. Guarded by the view's lock.
 */
final class ViewEntry {
    private final ReceivedMessage message;
    private final long number;
    private final String id;
    private final long position;
    private final String threadId;
    private final Threads.Keys keys;
    private final List<String> derived;
    private long historyId;

    /** A message at {@code position}, in the thread it joins, or else a thread of its own (its id). */
    ViewEntry(ReceivedMessage message, long position, Optional<String> joins, Threads.Keys keys,
              List<String> derived) {
        this.message = message;
        this.number = Mailbox.number(message);
        this.id = Mailbox.id(message);
        this.position = position;
        this.threadId = joins.orElse(id);
        this.keys = keys;
        this.derived = List.copyOf(derived);
        this.historyId = position;
    }

    ReceivedMessage message() {
        return message;
    }

    /** The number behind its Gmail API id. */
    long number() {
        return number;
    }

    /** Its Gmail API id. */
    String id() {
        return id;
    }

    /** Where it stands in the view: the id of its {@code messageAdded} record, growing in the order added. */
    long position() {
        return position;
    }

    String threadId() {
        return threadId;
    }

    Threads.Keys keys() {
        return keys;
    }

    /** Its labels as the model gives them: {@code SENT}; {@code INBOX}, {@code UNREAD}. */
    List<String> derived() {
        return derived;
    }

    /** The id of the last history record that changed it (Google's {@code Message.historyId}). */
    long historyId() {
        return historyId;
    }

    void changedAt(long id) {
        historyId = id;
    }
}
