package dev.fakegmail.server;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** The rolling 24-hour sending window of one account. Guarded by the account's lock. */
final class SendingQuota {
    static final Duration WINDOW = Duration.ofHours(24);

    private final Deque<Instant> sent = new ArrayDeque<>();

    /** Messages accepted within the 24 hours before {@code now}. */
    int sentWithin(Instant now) {
        Instant horizon = now.minus(WINDOW);
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(horizon)) {
            sent.removeFirst();
        }
        return sent.size();
    }

    void record(Instant when) {
        sent.addLast(when);
    }

    void clear() {
        sent.clear();
    }
}
