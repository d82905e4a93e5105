package dev.fakegmail.server.internal.imap;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The octets of large literals that all sessions of the IMAP door may have announced and not yet finished sending.
 * GreenMail takes an array of the announced size as soon as a literal is announced, so without this bound
 * {@code maxSessions} clients announcing {@code {35651584}} each and sending nothing would hold 3.5 GB between them.
 * Literals up to {@value #SMALL} octets are not counted; one that does not fit ends its session with
 * {@code * BYE [UNAVAILABLE]} (docs/gmail-imap.md §6). Thread-safe.
 */
final class LiteralBudget {
    /** Literals up to this size are never refused for the budget. */
    static final long SMALL = 64 * 1024;
    /** How many literals of the largest size the door holds at once when the heap allows. */
    static final int LARGEST_AT_ONCE = 4;

    private final long total;
    private final AtomicLong reserved = new AtomicLong();

    /** A budget of {@code total} octets. */
    LiteralBudget(long total) {
        this.total = total;
    }

    /**
     * Room for {@value #LARGEST_AT_ONCE} literals of {@code largest} octets, but at most a quarter of the JVM's
     * maximum heap (and at least one such literal).
     */
    static LiteralBudget ofHeap(long largest) {
        long quarter = Runtime.getRuntime().maxMemory() / 4;
        return new LiteralBudget(Math.min(LARGEST_AT_ONCE * largest, Math.max(largest, quarter)));
    }

    /** Reserves {@code size} octets; false (nothing reserved) when the budget cannot hold them. */
    boolean reserve(long size) {
        if (size <= SMALL) {
            return true;
        }
        long now;
        do {
            now = reserved.get();
            if (now + size > total) {
                return false;
            }
        } while (!reserved.compareAndSet(now, now + size));
        return true;
    }

    /** Gives back what {@link #reserve} took for a literal of {@code size} octets. */
    void release(long size) {
        if (size > SMALL) {
            reserved.addAndGet(-size);
        }
    }
}
