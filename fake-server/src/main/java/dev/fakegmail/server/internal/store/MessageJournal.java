package dev.fakegmail.server.internal.store;

import dev.fakegmail.server.ReceivedMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The server's record of accepted messages, in the order they were stored, and the place tests wait on.
 *
 * <p>A message becomes visible to {@link #snapshot()} when it is {@linkplain #add added} (before the
 * {@code 250} reply is written), but it only counts for {@link #await} once {@link #acknowledge()} reports
 * that a {@code 250} was flushed. A waiter released by {@code await(n, ...)} can therefore rely on the client
 * having been told about at least {@code n} accepted messages.
 *
 * <p>Thread-safe.
 */
public final class MessageJournal {
    private static final int MAX_LISTED_IN_ERROR = 20;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition acknowledgedMore = lock.newCondition();
    private final List<ReceivedMessage> messages = new ArrayList<>();
    private int acknowledged;
    private long lastId;

    /**
     * Records a stored message made with the next id ({@code "1"}, {@code "2"}, … since the last {@link #reset()});
     * {@link #snapshot()} shows it at once.
     *
     * @param withId makes the message from its id
     * @return the message recorded
     */
    public ReceivedMessage add(Function<String, ReceivedMessage> withId) {
        Objects.requireNonNull(withId, "withId");
        lock.lock();
        try {
            ReceivedMessage message = Objects.requireNonNull(withId.apply(Long.toString(++lastId)), "message");
            messages.add(message);
            return message;
        } finally {
            lock.unlock();
        }
    }

    /** Records a stored message that already has its id; {@link #snapshot()} shows it at once. */
    public void add(ReceivedMessage message) {
        Objects.requireNonNull(message, "message");
        lock.lock();
        try {
            messages.add(message);
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
     * @throws IllegalStateException when the timeout passes first (naming the count expected and the messages
     *                               received), or when the thread is interrupted (its interrupt flag is set again)
     */
    public List<ReceivedMessage> await(int count, Duration timeout) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, was " + count);
        }
        if (Objects.requireNonNull(timeout, "timeout").isNegative()) {
            throw new IllegalArgumentException("timeout must be 0 or more, was " + timeout);
        }
        lock.lock();
        try {
            long remaining = timeout.toNanos();
            while (acknowledged < count) {
                if (remaining <= 0) {
                    throw new IllegalStateException(timeoutMessage(count, timeout));
                }
                remaining = acknowledgedMore.awaitNanos(remaining);
            }
            return List.copyOf(messages);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + count + " messages; "
                    + acknowledged + " had arrived", e);
        } finally {
            lock.unlock();
        }
    }

    /** The message with this id, if it is still recorded. */
    public Optional<ReceivedMessage> find(String id) {
        lock.lock();
        try {
            return messages.stream().filter(m -> m.id().equals(id)).findFirst();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forgets one message; waiters count the messages that remain.
     *
     * @return the message removed, if it was recorded
     */
    public Optional<ReceivedMessage> remove(String id) {
        lock.lock();
        try {
            Optional<ReceivedMessage> found = find(id);
            found.ifPresent(message -> {
                messages.remove(message);
                acknowledged = Math.min(acknowledged, messages.size());
            });
            return found;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every message; counting starts again at zero, ids go on from the last one. */
    public void clear() {
        lock.lock();
        try {
            messages.clear();
            acknowledged = 0;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every message and numbers the next one {@code "1"} again. */
    public void reset() {
        lock.lock();
        try {
            clear();
            lastId = 0;
        } finally {
            lock.unlock();
        }
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
