package dev.fakegmail.server.internal.store;

import dev.fakegmail.server.MessagePage;
import dev.fakegmail.server.MessageQuery;
import dev.fakegmail.server.ReceivedMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The server's record of accepted messages, in the order they were stored, and the place tests wait on.
 *
 * <p>A message becomes visible to {@link #snapshot()} when it is {@linkplain #add added} (before the
 * {@code 250} reply is written), but it only counts for {@link #await} once {@link #acknowledge()} reports
 * that a {@code 250} was flushed. A waiter released by {@code await(n, ...)} can therefore rely on the client
 * having been told about at least {@code n} accepted messages.
 *
 * <p>Each message gets an id when it is added: the decimal sequence number {@code "1"}, {@code "2"}, …, restarting
 * at 1 after {@link #clear()}. Deleting a message does not reuse its id.
 *
 * <p><b>Retention.</b> With a cap ({@link #MessageJournal(int)}), {@link #trim()} removes the oldest messages
 * beyond it, but never while an {@link #await} is in progress: the messages a test waits for stay until it has
 * them, and the journal is trimmed at the next message after the wait.
 *
 * <p><b>Search.</b> {@link #page(MessageQuery, List)} looks the candidates of a filtered page up in a trigram index
 * of the summaries' text fields ({@link JournalIndex}), fed by {@link #indexNew()} off the reply path; messages not
 * yet indexed are checked one by one, and every candidate is checked with the query's own filters, so the page and
 * its count are exactly those of a scan.
 *
 * <p>Thread-safe.
 */
public final class MessageJournal {
    private static final int MAX_LISTED_IN_ERROR = 20;
    /** Messages indexed per turn of the lock, so that a message being stored waits for a few at most. */
    private static final int INDEXED_PER_LOCK = 64;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition acknowledgedMore = lock.newCondition();
    private final List<ReceivedMessage> messages = new ArrayList<>();
    private final JournalIndex index = new JournalIndex();
    private final int maxMessages;
    private int acknowledged;
    private int waiting;
    private long nextId = 1;
    private long summariesChecked;

    /** A journal that keeps every message. */
    public MessageJournal() {
        this(0);
    }

    /**
     * A journal that keeps at most {@code maxMessages} messages after each {@link #trim()}; 0 keeps every message.
     */
    public MessageJournal(int maxMessages) {
        if (maxMessages < 0) {
            throw new IllegalArgumentException("maxMessages must be 0 (no cap) or more, was " + maxMessages);
        }
        this.maxMessages = maxMessages;
    }

    /**
     * Records a stored message under the next id; {@link #snapshot()} shows it at once.
     *
     * @param message makes the message from the id it is given (called once, under the journal's lock)
     * @return the message recorded
     */
    public ReceivedMessage add(Function<String, ReceivedMessage> message) {
        Objects.requireNonNull(message, "message");
        lock.lock();
        try {
            ReceivedMessage added = Objects.requireNonNull(message.apply(Long.toString(nextId)), "message");
            nextId++;
            messages.add(added);
            return added;
        } finally {
            lock.unlock();
        }
    }

    /** The message with this id; empty when there is none (never added, deleted, or cleared). */
    public Optional<ReceivedMessage> find(String id) {
        Objects.requireNonNull(id, "id");
        lock.lock();
        try {
            int index = JournalPage.indexOf(messages, id);
            return index < 0 ? Optional.empty() : Optional.of(messages.get(index));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes the message with this id. The acknowledged count shrinks when the message was among the acknowledged
     * ones (counted in the order stored), so {@link #await} counts the messages that remain.
     *
     * @return the message removed; empty when there was none
     */
    public Optional<ReceivedMessage> delete(String id) {
        Objects.requireNonNull(id, "id");
        lock.lock();
        try {
            int index = JournalPage.indexOf(messages, id);
            return index < 0 ? Optional.empty() : Optional.of(removeAt(index));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes the oldest messages beyond the cap, unless an {@link #await} is in progress (then nothing).
     *
     * @return the messages removed, oldest first; empty without a cap
     */
    public List<ReceivedMessage> trim() {
        lock.lock();
        try {
            if (maxMessages == 0 || waiting > 0 || messages.size() <= maxMessages) {
                return List.of();
            }
            List<ReceivedMessage> removed = new ArrayList<>(messages.subList(0, messages.size() - maxMessages));
            messages.subList(0, removed.size()).clear();
            acknowledged = Math.max(0, acknowledged - removed.size());
            index.removed(removed.size(), messages);
            return List.copyOf(removed);
        } finally {
            lock.unlock();
        }
    }

    /** One page of the messages, read from their kept summaries, checking every summary (no index). */
    public MessagePage page(MessageQuery query) {
        return page(query, List.of());
    }

    /**
     * One page of the messages, read from their kept summaries (see {@link MessageQuery}). A page that used the index
     * and read messages after its watermark indexes them before it returns (as {@link #indexNew()} does: the lock is
     * released every 64 messages).
     *
     * @param needs substrings that every match contains, ignoring case, in one of its summary's text fields (the
     *              query's own, from its package): the index narrows the search to the messages that may contain them
     */
    public MessagePage page(MessageQuery query, List<String> needs) {
        Objects.requireNonNull(query, "query");
        MessagePage page;
        boolean readUnindexed;
        lock.lock();
        try {
            int[] candidates = query.filtered() ? index.candidates(messages, needs) : null;
            page = JournalPage.of(messages, query, candidates);
            if (query.filtered()) {
                summariesChecked += candidates == null ? messages.size() : candidates.length;
            }
            readUnindexed = candidates != null && !index.unindexed(messages).isEmpty();
        } finally {
            lock.unlock();
        }
        if (readUnindexed) { // their summaries are taken out now: index them (messages the Gmail API sent, say)
            indexNew();
        }
        return page;
    }

    /**
     * Takes out the summary of every message not yet indexed (outside the lock, so adding a message never waits for
     * a parse) and adds them to the search index. Called by the indexing thread after a {@code 250} was flushed.
     */
    public void indexNew() {
        List<ReceivedMessage> unindexed;
        lock.lock();
        try {
            unindexed = List.copyOf(index.unindexed(messages));
        } finally {
            lock.unlock();
        }
        unindexed.forEach(ReceivedMessage::summary);
        for (int from = 0; from < unindexed.size(); from += INDEXED_PER_LOCK) {
            lock.lock();
            try {
                for (ReceivedMessage message : unindexed.subList(from,
                        Math.min(unindexed.size(), from + INDEXED_PER_LOCK))) {
                    int at = JournalPage.indexOf(messages, message.id());
                    if (at >= 0 && messages.get(at) == message) { // not deleted, nor cleared away, meanwhile
                        index.add(message);
                    }
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** How many kept messages the search index has not reached yet. */
    public int unindexedCount() {
        lock.lock();
        try {
            return index.unindexed(messages).size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * How many summaries filtered pages have checked against their filters since the journal was made: the work a
     * search did, which the index keeps near the number of matches (for tests and measurements).
     */
    public long summariesChecked() {
        lock.lock();
        try {
            return summariesChecked;
        } finally {
            lock.unlock();
        }
    }

    /** (trigram, message) pairs the search index holds; for tests. */
    long indexEntries() {
        lock.lock();
        try {
            return index.entries();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the newest acknowledged message is no longer the one with id {@code newestId} ({@code "0"}: none):
     * a message arrived, or that one was deleted. Unlike {@link #await} it does not hold back the retention cap.
     *
     * @return whether it changed before the timeout
     * @throws IllegalStateException when the thread is interrupted (its interrupt flag is set again)
     */
    public boolean awaitNewest(String newestId, Duration timeout) {
        lock.lock();
        try {
            long remaining = timeout.toNanos();
            while (newestAcknowledged().equals(newestId)) {
                if (remaining <= 0) {
                    return false;
                }
                remaining = acknowledgedMore.awaitNanos(remaining);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a message after " + newestId, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reports that one more message's {@code 250} reply was flushed (or its flush failed) and wakes waiters.
     * The count never exceeds the number of messages added since the last {@link #clear()}, so an
     * acknowledgement that arrives after a clear for a message stored before it is not counted for nothing.
     */
    public void acknowledge() {
        lock.lock();
        try {
            if (acknowledged < messages.size()) {
                acknowledged++;
            }
            acknowledgedMore.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Every message added since the last {@link #clear()}, acknowledged or not, oldest first. */
    public List<ReceivedMessage> snapshot() {
        lock.lock();
        try {
            return List.copyOf(messages);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until at least {@code count} messages were acknowledged since the last {@link #clear()}.
     *
     * @param count   how many acknowledged messages to wait for; 0 returns at once
     * @param timeout how long to wait at most; {@link Duration#ZERO} checks without waiting
     * @return every message added since the last clear (at least {@code count}), oldest first
     * @throws TimeoutException     when the timeout passes first (naming the count expected and the messages
     *                               received)
     * @throws IllegalStateException when the thread is interrupted (its interrupt flag is set again)
     */
    public List<ReceivedMessage> await(int count, Duration timeout) throws TimeoutException {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, was " + count);
        }
        if (Objects.requireNonNull(timeout, "timeout").isNegative()) {
            throw new IllegalArgumentException("timeout must be 0 or more, was " + timeout);
        }
        lock.lock();
        waiting++;
        try {
            long remaining = timeout.toNanos();
            while (acknowledged < count) {
                if (remaining <= 0) {
                    throw new TimeoutException(timeoutMessage(count, timeout));
                }
                remaining = acknowledgedMore.awaitNanos(remaining);
            }
            return List.copyOf(messages);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + count + " messages; "
                    + acknowledged + " had arrived", e);
        } finally {
            waiting--;
            lock.unlock();
        }
    }

    /** Deletes every message; counting starts again at zero, but ids go on (a deleted id is never reused). */
    public void deleteAll() {
        lock.lock();
        try {
            messages.clear();
            acknowledged = 0;
            index.clear();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every message; counting starts again at zero and ids at 1. */
    public void clear() {
        lock.lock();
        try {
            messages.clear();
            acknowledged = 0;
            nextId = 1;
            index.clear();
        } finally {
            lock.unlock();
        }
    }

    private ReceivedMessage removeAt(int at) {
        ReceivedMessage removed = messages.remove(at);
        if (at < acknowledged) { // replies are flushed in about the order messages are stored
            acknowledged--;
        }
        index.removed(1, messages);
        return removed;
    }

    private String newestAcknowledged() {
        return acknowledged == 0 ? "0" : messages.get(acknowledged - 1).id();
    }

    private String timeoutMessage(int count, Duration timeout) {
        StringBuilder text = new StringBuilder()
                .append("Expected ").append(count).append(count == 1 ? " message" : " messages")
                .append(" within ").append(timeout).append(" but ").append(acknowledged).append(" arrived");
        int unacknowledged = messages.size() - acknowledged;
        if (unacknowledged > 0) {
            text.append(" (").append(unacknowledged).append(" more stored, reply not yet flushed)");
        }
        text.append(": ").append(messages.subList(0, Math.min(messages.size(), MAX_LISTED_IN_ERROR)));
        if (messages.size() > MAX_LISTED_IN_ERROR) {
            text.append(" and ").append(messages.size() - MAX_LISTED_IN_ERROR).append(" more");
        }
        return text.toString();
    }
}
