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
        int start = query.pageToken().map(token -> startAt(messages, Long.parseLong(token), query.newestFirst()))
                .orElse(query.newestFirst() ? messages.size() - 1 : 0);
        List<ReceivedMessage> page = new ArrayList<>(Math.min(query.pageSize(), messages.size()));
        Optional<String> next = Optional.empty();
        for (int i = start; i >= 0 && i < messages.size(); i += step) {
            ReceivedMessage message = messages.get(i);
            if (query.matches(message.summary())) {
                if (page.size() == query.pageSize()) {
                    next = Optional.of(message.id());
                    break;
                }
                page.add(message);
            }
        }
        return new MessagePage(page, next, matching(messages, query), messages.size());
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

    private static int matching(List<ReceivedMessage> messages, MessageQuery query) {
        if (!query.filtered()) {
            return messages.size();
        }
        int count = 0;
        for (ReceivedMessage message : messages) {
            if (query.matches(message.summary())) {
                count++;
            }
        }
        return count;
    }

    private static long number(ReceivedMessage message) {
        return Long.parseLong(message.id());
    }
}
