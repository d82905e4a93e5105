package dev.fakegmail.server.internal.store;

import dev.fakegmail.server.ReceivedMessage;
import java.util.BitSet;
import java.util.List;

/**
 * The journal's search index: a {@link TrigramIndex} of every message up to a watermark, fed in id order from
 * summaries already taken out (by the indexing thread, off the reply path), so a filtered page reads the index's
 * candidates plus the messages after the watermark, and never the rest. Deleted and trimmed ids stay in the index
 * until they are as many as the messages kept (at least {@value #PRUNE_AT}); candidates are looked up in the journal,
 * so a removed one is skipped, and then one pass drops them all.
 *
 * <p>Not thread-safe: used under the journal's lock.
 */
final class JournalIndex {
    private static final int PRUNE_AT = 1024;

    private final TrigramIndex text = new TrigramIndex();
    /** Every message kept with an id up to this one is in {@link #text}. */
    private long indexedThrough;
    private int removed;

    /** Indexes the message when it is the next one after the watermark (ids are added in order). */
    void add(ReceivedMessage message) {
        long id = number(message);
        if (id > indexedThrough && id <= Integer.MAX_VALUE) {
            text.add((int) id, message.summary());
            indexedThrough = id;
        }
    }

    /** The messages after the watermark, oldest first (a view of {@code messages}). */
    List<ReceivedMessage> unindexed(List<ReceivedMessage> messages) {
        return messages.subList(JournalPage.firstAtLeast(messages, indexedThrough + 1), messages.size());
    }

    /**
     * The ascending positions in {@code messages} of every message that may contain all the needed substrings: the
     * index's candidates that are still kept, then every message after the watermark; {@code null} when the needs
     * cannot narrow the search (no substring of three characters or more).
     */
    int[] candidates(List<ReceivedMessage> messages, List<String> needs) {
        int[] ids = text.candidates(needs);
        if (ids == null) {
            return null;
        }
        int tail = JournalPage.firstAtLeast(messages, indexedThrough + 1);
        int[] positions = new int[ids.length + messages.size() - tail];
        int count = 0;
        int low = 0;
        for (int id : ids) {
            int at = JournalPage.firstAtLeast(messages, id, low, tail);
            if (at < tail && JournalPage.number(messages.get(at)) == id) {
                positions[count++] = at;
            }
            low = at;
        }
        for (int at = tail; at < messages.size(); at++) {
            positions[count++] = at;
        }
        return count == positions.length ? positions : java.util.Arrays.copyOf(positions, count);
    }

    /** Notes that {@code count} messages left the journal; prunes their ids once they are many. */
    void removed(int count, List<ReceivedMessage> messages) {
        removed += count;
        if (removed >= PRUNE_AT && removed >= messages.size()) {
            prune(messages);
        }
    }

    /** Empties the index (the journal is empty). */
    void clear() {
        text.clear();
        indexedThrough = 0;
        removed = 0;
    }

    /** (trigram, message) pairs held; for tests and measurements. */
    long entries() {
        return text.entries();
    }

    private void prune(List<ReceivedMessage> messages) {
        removed = 0;
        if (messages.isEmpty()) {
            text.clear();
            return;
        }
        long first = number(messages.get(0));
        BitSet kept = new BitSet();
        for (ReceivedMessage message : messages) {
            long id = number(message);
            if (id <= indexedThrough) {
                kept.set((int) (id - first));
            }
        }
        text.retainAll(id -> id >= first && kept.get((int) (id - first)));
    }

    private static long number(ReceivedMessage message) {
        return JournalPage.number(message);
    }
}
