package dev.fakegmail.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves forward instead of sleeping: token expiry, the rolling 24-hour sending window and the
 * login lockout all read the server's clock. {@link #system()} follows real time plus whatever was
 * {@linkplain #advance advanced}; {@link #fixedAt(Instant)} stands still until advanced. Thread-safe.
 */
public final class TestClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset;

    private TestClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    /** A clock that runs with the system's UTC clock until moved. */
    public static TestClock system() {
        return new TestClock(Clock.systemUTC(), new AtomicReference<>(Duration.ZERO));
    }

    /** A clock that stands at {@code instant} until moved. */
    public static TestClock fixedAt(Instant instant) {
        return new TestClock(Clock.fixed(instant, ZoneOffset.UTC), new AtomicReference<>(Duration.ZERO));
    }

    /**
     * Moves the clock forward (every reader sees the jump at once).
     *
     * @throws IllegalArgumentException for a negative amount (time only moves forward)
     */
    public TestClock advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A TestClock only moves forward, but advance(" + amount
                    + ") was asked; create a new clock for an earlier time");
        }
        offset.accumulateAndGet(amount, Duration::plus);
        return this;
    }

    /** Back to where it started ({@code server.reset()} does this between tests). */
    void rewind() {
        offset.set(Duration.ZERO);
    }

    /** How far the clock has been advanced in total. */
    public Duration advanced() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** The same moving time seen in another zone (advancing either moves both). */
    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(base.withZone(zone), offset);
    }

    @Override
    public String toString() {
        return "TestClock[" + instant() + ", advanced " + offset.get() + "]";
    }
}
