package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.ReceivedMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * One account's mailbox as the Gmail API door keeps it (docs/gmail-api.md §4): its messages in the order they
 * entered it, each with its thread worked out once; a map by id for {@code get}; the label counts that
 * {@code resultSizeEstimate} reads; and the account's history records. A page walks back from where it starts and
 * stops when it is full, so it costs the same at 100,000 messages as at 10. Guarded by the {@link MailboxSource}'s
 * lock: every method is called holding it.
 */
final class AccountView {
    private final String address;
    private final LabelState state;
    private final List<ViewEntry> entries = new ArrayList<>();
    private final Map<Long, ViewEntry> byNumber = new HashMap<>();
    private final Map<String, ViewEntry> byMessageId = new HashMap<>();
    private final Map<String, Integer> threadSizes = new HashMap<>();
    private final Map<String, Integer> labelCounts = new HashMap<>();
    private final AccountHistory history;

    AccountView(String address, LabelState state, AccountHistory history) {
        this.address = address;
        this.state = state;
        this.history = history;
    }

    AccountHistory history() {
        return history;
    }

    /** Adds a message with the labels the model gives it, in the thread the rule puts it; records messageAdded. */
    void add(ReceivedMessage message, Threads.Keys keys, List<String> derived, long historyId) {
        Optional<ViewEntry> earlier = keys.joins(id -> Optional.ofNullable(byMessageId.get(id)),
                entry -> entry.keys().subject());
        ViewEntry entry = new ViewEntry(message, historyId, earlier.map(ViewEntry::threadId), keys, derived);
        String threadId = entry.threadId();
        entries.add(entry);
        byNumber.put(entry.number(), entry);
        keys.messageId().ifPresent(id -> byMessageId.putIfAbsent(id, entry));
        threadSizes.merge(threadId, 1, Integer::sum);
        count(labels(entry), 1);
        history.record(historyId, HistoryRecord.Kind.MESSAGE_ADDED, entry, labels(entry), List.of());
    }

    /** Removes the message with this number, if the view has it; records messageDeleted with {@code historyId}. */
    void remove(long number, LongSupplier historyId) {
        ViewEntry entry = byNumber.remove(number);
        if (entry == null) {
            return;
        }
        entries.remove(indexAtMost(entry.position()));
        entry.keys().messageId().ifPresent(id -> byMessageId.remove(id, entry));
        threadSizes.computeIfPresent(entry.threadId(), (id, size) -> size == 1 ? null : size - 1);
        List<String> labels = labels(entry);
        count(labels, -1);
        history.record(historyId.getAsLong(), HistoryRecord.Kind.MESSAGE_DELETED, entry, labels, List.of());
    }

    /** Its labels for this account: those set last, or else the derived ones. */
    List<String> labels(ViewEntry entry) {
        return state.of(entry.message(), address).orElse(entry.derived());
    }

    /** Replaces its labels ({@code modify}, {@code trash}, {@code untrash}); records what was added and removed. */
    void relabel(ViewEntry entry, List<String> now, LongSupplier historyId) {
        List<String> before = labels(entry);
        Set<String> added = new LinkedHashSet<>(now);
        before.forEach(added::remove);
        Set<String> removed = new LinkedHashSet<>(before);
        now.forEach(removed::remove);
        state.set(entry.message(), address, now);
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        count(before, -1);
        count(now, 1);
        long id = historyId.getAsLong();
        entry.changedAt(id);
        if (!added.isEmpty()) {
            history.record(id, HistoryRecord.Kind.LABEL_ADDED, entry, now, List.copyOf(added));
        }
        if (!removed.isEmpty()) {
            history.record(id, HistoryRecord.Kind.LABEL_REMOVED, entry, now, List.copyOf(removed));
        }
    }

    Optional<ViewEntry> find(long number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** Every message, newest first (a copy: for the views that scan, such as threads). */
    List<ViewEntry> newestFirst() {
        List<ViewEntry> copy = new ArrayList<>(entries.size());
        for (int i = entries.size() - 1; i >= 0; i--) {
            copy.add(entries.get(i));
        }
        return copy;
    }

    /**
     * Up to {@code size} messages that {@code keep} keeps, newest first from position {@code from} (inclusive), and
     * where the next page starts; walks only until the page is full and one more was found.
     */
    Page page(Predicate<ViewEntry> keep, long from, int size) {
        List<ViewEntry> found = new ArrayList<>(Math.min(size, entries.size()));
        int walked = 0;
        for (int i = indexAtMost(from); i >= 0; i--) {
            ViewEntry entry = entries.get(i);
            walked++;
            if (keep.test(entry)) {
                if (found.size() == size) {
                    return new Page(found, OptionalLong.of(entry.position()), walked);
                }
                found.add(entry);
            }
        }
        return new Page(found, OptionalLong.empty(), walked);
    }

    /** How many messages carry the label; for no label, how many there are. */
    int count(String label) {
        return label.isEmpty() ? entries.size() : labelCounts.getOrDefault(label, 0);
    }

    int threads() {
        return threadSizes.size();
    }

    /**
     * A page of messages.
     *
     * @param entries the messages, newest first
     * @param next    the position the next page starts at
     * @param walked  how many messages the page looked at (the work it did)
     */
    record Page(List<ViewEntry> entries, OptionalLong next, int walked) {
    }

    private void count(List<String> labels, int delta) {
        labels.forEach(label -> labelCounts.merge(label, delta, Integer::sum));
    }

    /** The index of the last entry at or before {@code position}, or -1. */
    private int indexAtMost(long position) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entries.get(middle).position() <= position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low - 1;
    }
}
