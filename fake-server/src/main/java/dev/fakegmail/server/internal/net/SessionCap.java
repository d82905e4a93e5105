package dev.fakegmail.server.internal.net;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bound on a door's concurrent sessions (docs/robustness.md "Limits"). A connection takes a slot before its
 * session starts and gives it back when the session ends; one over the bound is refused by the door. Thread-safe.
 */
public final class SessionCap {
    private final int max;
    private final AtomicInteger taken = new AtomicInteger();

    /** A cap of {@code max} sessions. */
    public SessionCap(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("the session cap must be 1 or more, was " + max);
        }
        this.max = max;
    }

    /** Takes a slot; false (and nothing taken) when all {@code max} are taken. */
    public boolean tryEnter() {
        if (taken.incrementAndGet() > max) {
            taken.decrementAndGet();
            return false;
        }
        return true;
    }

    /** Gives back a slot taken by {@link #tryEnter()}. */
    public void leave() {
        taken.decrementAndGet();
    }

    /** The slots taken now. */
    public int taken() {
        return taken.get();
    }

    /** The bound. */
    public int max() {
        return max;
    }
}
