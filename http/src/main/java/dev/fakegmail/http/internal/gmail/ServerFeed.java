package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.MessagePage;
import dev.fakegmail.server.MessageQuery;
import dev.fakegmail.server.ReceivedMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the door has read of the server's messages, and what changed since: the accepted messages after the last
 * one read (one page query from there: a binary search, not a copy of the journal) and the arrivals after the last
 * one read. Two cheap checks on each read — the journal's count and the newest known message still being the same
 * object — notice a message removed through another door ({@code deleteMessage}, {@code deleteMessages},
 * {@code reset()}, the retention cap); only then is the whole journal read again. Guarded by the
 * {@link MailboxSource}'s lock.
 */
final class ServerFeed {
    private static final Comparator<ReceivedMessage> ORDER = Comparator.comparing(ReceivedMessage::acceptedAt);

    private final FakeGmailServer gmail;
    private final TreeMap<Long, ReceivedMessage> accepted = new TreeMap<>();
    private final List<ReceivedMessage> arrivals = new ArrayList<>();
    private long lastRead;
    private int fullReads;

    ServerFeed(FakeGmailServer gmail) {
        this.gmail = gmail;
    }

    /**
     * What changed since the last read.
     *
     * @param added   the new messages, in the order they were accepted (an arrival after a submission of the same
     *                instant)
     * @param removed the messages gone
     * @param afresh  whether every message known before is gone (a reset, or every message deleted)
     */
    record Changes(List<ReceivedMessage> added, List<ReceivedMessage> removed, boolean afresh) {
    }

    Changes read() {
        int known = accepted.size() + arrivals.size();
        List<ReceivedMessage> removed = new ArrayList<>();
        List<ReceivedMessage> newArrivals = readArrivals(gmail.inboundMessages(), removed);
        List<ReceivedMessage> added = readAccepted(removed);
        added.addAll(newArrivals);
        added.sort(ORDER); // stable: a submission stays before an arrival of the same instant
        return new Changes(added, removed, known > 0 && removed.size() == known);
    }

    /** How many times the whole journal was read again (a removal the cheap checks could not place). */
    int fullReads() {
        return fullReads;
    }

    /** Forgets a message the door itself deleted. */
    void forget(ReceivedMessage message) {
        if (!accepted.remove(Mailbox.number(message), message)) {
            arrivals.remove(message);
        }
    }

    private List<ReceivedMessage> readArrivals(List<ReceivedMessage> now, List<ReceivedMessage> removed) {
        int known = arrivals.size();
        if (now.size() >= known && (known == 0 || now.get(known - 1) == arrivals.get(known - 1))) {
            List<ReceivedMessage> fresh = new ArrayList<>(now.subList(known, now.size()));
            arrivals.addAll(fresh);
            return fresh;
        }
        Set<ReceivedMessage> present = identities(now);
        arrivals.stream().filter(m -> !present.contains(m)).forEach(removed::add);
        Set<ReceivedMessage> before = identities(arrivals);
        List<ReceivedMessage> fresh = now.stream().filter(m -> !before.contains(m)).toList();
        arrivals.clear();
        arrivals.addAll(now);
        return new ArrayList<>(fresh);
    }

    private List<ReceivedMessage> readAccepted(List<ReceivedMessage> removed) {
        Map.Entry<Long, ReceivedMessage> newest = accepted.lastEntry();
        List<ReceivedMessage> fresh = new ArrayList<>();
        int total = readJournal(Optional.of(Long.toString(lastRead + 1)), fresh);
        boolean newestKept = newest == null
                || gmail.message(newest.getValue().id()).filter(m -> m == newest.getValue()).isPresent();
        if (newestKept && total < accepted.size() + fresh.size()) {
            trimmed(removed); // the retention cap's removals: the oldest ones, found without reading the journal
        }
        boolean consistent = newestKept && total == accepted.size() + fresh.size();
        if (!consistent) {
            fullReads++;
            List<ReceivedMessage> all = new ArrayList<>();
            readJournal(Optional.empty(), all);
            Set<ReceivedMessage> present = identities(all);
            for (Iterator<ReceivedMessage> known = accepted.values().iterator(); known.hasNext(); ) {
                ReceivedMessage message = known.next();
                if (!present.contains(message)) {
                    removed.add(message);
                    known.remove();
                }
            }
            fresh = new ArrayList<>(all.stream().filter(m -> accepted.get(Mailbox.number(m)) != m).toList());
        }
        fresh.forEach(m -> accepted.put(Mailbox.number(m), m));
        lastRead = accepted.isEmpty() ? Math.max(0, consistent ? lastRead : 0) : accepted.lastKey();
        return fresh;
    }

    /** Forgets the known messages older than the journal's oldest. */
    private void trimmed(List<ReceivedMessage> removed) {
        List<ReceivedMessage> oldest = gmail.messages(MessageQuery.builder().newestFirst(false).pageSize(1).build())
                .messages();
        long first = oldest.isEmpty() ? Long.MAX_VALUE : Mailbox.number(oldest.get(0));
        Map<Long, ReceivedMessage> gone = accepted.headMap(first);
        removed.addAll(gone.values());
        gone.clear();
    }

    /** Reads the journal oldest first from {@code token} into {@code into}; answers how many messages it holds. */
    private int readJournal(Optional<String> token, List<ReceivedMessage> into) {
        Optional<String> next = token;
        MessagePage page;
        do {
            MessageQuery.Builder query = MessageQuery.builder().newestFirst(false).pageSize(MessageQuery.MAX_PAGE_SIZE);
            next.ifPresent(query::pageToken);
            page = gmail.messages(query.build());
            into.addAll(page.messages());
            next = page.nextPageToken();
        } while (next.isPresent());
        return page.total();
    }

    private static Set<ReceivedMessage> identities(List<ReceivedMessage> messages) {
        Set<ReceivedMessage> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(messages);
        return set;
    }
}
