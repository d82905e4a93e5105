package dev.fakegmail.server.internal.store;

import dev.fakegmail.server.MessagePage;
import dev.fakegmail.server.MessageQuery;
import dev.fakegmail.server.ReceivedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page of the journal's messages: found by binary search on the ids (which grow in the order stored), then
 * filled by walking from there, reading only each message's kept summary. An unfiltered page touches its own
 * messages and one more; a filtered one checks every candidate the index gives (or every summary, when the filters
 * name no substring of three characters), so that it counts every match.
 */
final class JournalPage {
    private JournalPage() {
    }

    /**
     * The page; {@code messages} is the journal's list, read under its lock.
     *
     * @param candidates ascending positions in {@code messages} of the only messages that may match; {@code null}:
     *                   every message may
     */
    static MessagePage of(List<ReceivedMessage> messages, MessageQuery query, int[] candidates) {
        int count = candidates == null ? messages.size() : candidates.length;
        int step = query.newestFirst() ? -1 : 1;
        int first = query.newestFirst() ? count - 1 : 0;
        int start = query.pageToken().map(token -> startAt(messages, Long.parseLong(token), query.newestFirst()))
                .orElse(query.newestFirst() ? messages.size() - 1 : 0);
        List<ReceivedMessage> page = new ArrayList<>(Math.min(query.pageSize(), count));
        Optional<String> next = Optional.empty();
        // Unfiltered: from the start until the page is full. Filtered: one pass over every candidate, which counts the
        // matches and fills the page from the start on.
        int matching = 0;
        for (int k = query.filtered() ? first : start; k >= 0 && k < count; k += step) {
            int i = candidates == null ? k : candidates[k];
            ReceivedMessage message = messages.get(i);
            if (!query.matches(message.summary())) {
                continue;
            }
            matching++;
            boolean onOrAfterStart = step > 0 ? i >= start : i <= start;
            if (onOrAfterStart && page.size() < query.pageSize()) {
                page.add(message);
            } else if (onOrAfterStart && next.isEmpty()) {
                next = Optional.of(message.id());
                if (!query.filtered()) {
                    break;
                }
            }
        }
        return new MessagePage(page, next, query.filtered() ? matching : messages.size(), messages.size());
    }

    /** The index of the message with this id, or -1. */
    static int indexOf(List<ReceivedMessage> messages, String id) {
        long wanted;
        try {
            wanted = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return -1;
        }
        int at = firstAtLeast(messages, wanted);
        return at < messages.size() && number(messages.get(at)) == wanted ? at : -1;
    }

    private static int startAt(List<ReceivedMessage> messages, long id, boolean newestFirst) {
        int first = firstAtLeast(messages, id);
        if (!newestFirst) {
            return first;
        }
        return first < messages.size() && number(messages.get(first)) == id ? first : first - 1;
    }

    /** The position of the first message whose id is at least {@code id}; the size when there is none. */
    static int firstAtLeast(List<ReceivedMessage> messages, long id) {
        return firstAtLeast(messages, id, 0, messages.size());
    }

    /** {@link #firstAtLeast(List, long)} among the positions from {@code low} (included) to {@code high}. */
    static int firstAtLeast(List<ReceivedMessage> messages, long id, int low, int high) {
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (number(messages.get(middle)) < id) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    static long number(ReceivedMessage message) {
        return Long.parseLong(message.id());
    }
}
