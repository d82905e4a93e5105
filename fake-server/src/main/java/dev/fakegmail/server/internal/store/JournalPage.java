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
 * messages and one more; a filtered one scans the summaries (no message is parsed again).
 */
final class JournalPage {
    private JournalPage() {
    }

    /** The page; {@code messages} is the journal's list, read under its lock. */
    static MessagePage of(List<ReceivedMessage> messages, MessageQuery query) {
        int step = query.newestFirst() ? -1 : 1;
        int first = query.newestFirst() ? messages.size() - 1 : 0;
        int start = query.pageToken().map(token -> startAt(messages, Long.parseLong(token), query.newestFirst()))
                .orElse(first);
        List<ReceivedMessage> page = new ArrayList<>(Math.min(query.pageSize(), messages.size()));
        Optional<String> next = Optional.empty();
        // Unfiltered: from the start until the page is full. Filtered: one pass over every summary, which counts the
        // matches and fills the page from the start on.
        int matching = 0;
        for (int i = query.filtered() ? first : start; i >= 0 && i < messages.size(); i += step) {
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

    private static int firstAtLeast(List<ReceivedMessage> messages, long id) {
        int low = 0;
        int high = messages.size();
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

    private static long number(ReceivedMessage message) {
        return Long.parseLong(message.id());
    }
}
