package dev.fakegmail.server.internal.store;

import dev.fakegmail.server.MessageSummary;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Which messages contain a three-character sequence, ignoring case, in one of their summary's text fields: for each
 * trigram, the ascending ids of the messages that have it, in a growable {@code int} array. A substring of a field
 * can only be in a message that has every trigram of it, so intersecting their lists gives a small superset of the
 * matches; the caller checks each candidate with the real filter.
 *
 * <p>Case is folded the way {@link String#regionMatches(boolean, int, String, int, int)} compares characters
 * ({@code toLowerCase(toUpperCase(c))}), so a case-insensitive match always shares the folded trigrams. Trigrams
 * with a surrogate character are left out on both sides (fewer trigrams only widen the candidates).
 *
 * <p>Not thread-safe: the journal uses it under its lock.
 */
final class TrigramIndex {
    private static final int FIRST_CAPACITY = 4;

    private final TrigramTable<Postings> postings = new TrigramTable<>();
    private long entries;

    /** Records the trigrams of every text field of the message; ids must be added in ascending order. */
    void add(int id, MessageSummary summary) {
        long[] keys = new long[64];
        int count = 0;
        for (String field : fields(summary)) {
            for (int i = 0; i + 3 <= field.length(); i++) {
                long key = key(field, i);
                if (key >= 0) {
                    if (count == keys.length) {
                        keys = Arrays.copyOf(keys, count * 2);
                    }
                    keys[count++] = key;
                }
            }
        }
        Arrays.sort(keys, 0, count);
        for (int i = 0; i < count; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                Postings list = postings.get(keys[i]);
                if (list == null) {
                    list = new Postings();
                    postings.putNew(keys[i], list);
                }
                list.add(id);
                entries++;
            }
        }
    }

    /**
     * The ascending ids of the messages that have every trigram of every needed substring; {@code null} when the
     * substrings have no trigram at all (shorter than three characters): then the index cannot narrow anything.
     */
    int[] candidates(List<String> needs) {
        long[] keys = needs.stream().flatMapToLong(need -> java.util.stream.LongStream
                .range(0, Math.max(0, need.length() - 2)).map(i -> key(need, (int) i))).filter(key -> key >= 0)
                .distinct().toArray();
        if (keys.length == 0) {
            return null;
        }
        Postings[] lists = new Postings[keys.length];
        for (int i = 0; i < keys.length; i++) {
            lists[i] = postings.get(keys[i]);
            if (lists[i] == null) {
                return new int[0];
            }
        }
        Arrays.sort(lists, Comparator.comparingInt(list -> list.size));
        int[] found = Arrays.copyOf(lists[0].ids, lists[0].size);
        int size = found.length;
        for (int l = 1; l < lists.length && size > 0; l++) {
            int kept = 0;
            int low = 0; // both ascending: each search starts where the last one ended
            for (int i = 0; i < size && low < lists[l].size; i++) {
                int at = Arrays.binarySearch(lists[l].ids, low, lists[l].size, found[i]);
                if (at >= 0) {
                    found[kept++] = found[i];
                    low = at + 1;
                } else {
                    low = -at - 1;
                }
            }
            size = kept;
        }
        return Arrays.copyOf(found, size);
    }

    /** Drops every id the predicate rejects, and the trigrams left without one. */
    void retainAll(IntPredicate alive) {
        entries = 0;
        postings.removeIf(list -> {
            list.retain(alive);
            entries += list.size;
            return list.size == 0;
        });
    }

    void clear() {
        postings.clear();
        entries = 0;
    }

    /** How many (trigram, message) pairs are held: four bytes each, plus the arrays' spare room. */
    long entries() {
        return entries;
    }

    /** The folded trigram at {@code i} as a 48-bit number; -1 when it has a surrogate. */
    private static long key(String text, int i) {
        long key = 0;
        for (int j = i; j < i + 3; j++) {
            char c = text.charAt(j);
            if (Character.isSurrogate(c)) {
                return -1;
            }
            key = key << 16 | Character.toLowerCase(Character.toUpperCase(c));
        }
        return key;
    }

    private static List<String> fields(MessageSummary summary) {
        List<String> fields = new java.util.ArrayList<>(8 + summary.to().size()
                + summary.envelope().recipients().size() + summary.attachmentNames().size());
        fields.add(summary.from());
        fields.add(summary.subject());
        fields.add(summary.envelope().account());
        fields.add(summary.envelope().mailFrom());
        summary.messageId().ifPresent(fields::add);
        fields.addAll(summary.to());
        fields.addAll(summary.envelope().recipients());
        fields.addAll(summary.attachmentNames());
        return fields;
    }

    /** The ascending ids of one trigram's messages. */
    private static final class Postings {
        private int[] ids = new int[FIRST_CAPACITY];
        private int size;

        void add(int id) {
            if (size > 0 && ids[size - 1] == id) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size + (size >> 1));
            }
            ids[size++] = id;
        }

        void retain(IntPredicate alive) {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (alive.test(ids[i])) {
                    ids[kept++] = ids[i];
                }
            }
            size = kept;
            if (size < ids.length / 2) {
                ids = Arrays.copyOf(ids, Math.max(FIRST_CAPACITY, size));
            }
        }
    }
}
