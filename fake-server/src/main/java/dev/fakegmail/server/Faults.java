package dev.fakegmail.server;

import dev.fakegmail.server.internal.smtp.FaultHook;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The faults planned for one server, and the journal of those that struck. Deterministic: a rule strikes exactly
 * the occurrences it names; with probabilities, the same {@linkplain #seed seed} gives the same sequence for the
 * same order of events. {@code server.reset()} clears both. Thread-safe.
 */
public final class Faults {
    private final Clock clock;
    private final List<ArmedFault> planned = new ArrayList<>();
    private final List<InjectedFault> struck = new ArrayList<>();
    private final AtomicLong apiRequests = new AtomicLong();
    private Random random = new Random(0);

    Faults(Clock clock) {
        this.clock = clock;
    }

    /** Starts planning a fault at a stage. */
    public FaultRule on(Stage stage) {
        return new FaultRule(this, stage);
    }

    /** Seeds the random draws of {@link FaultRule#withProbability} rules. */
    public synchronized Faults seed(long seed) {
        random = new Random(seed);
        return this;
    }

    /**
     * The faults planned so far, in the order they were planned (which is the order they are tried in), as
     * immutable descriptions: later occurrences do not change a list already returned. A fault that struck its
     * occurrence stays listed, {@linkplain PlannedFault#spent() spent}, until {@link #clear()}.
     */
    public synchronized List<PlannedFault> planned() {
        return planned.stream().map(ArmedFault::view).toList();
    }

    /** The faults that struck so far, oldest first. */
    public synchronized List<InjectedFault> struck() {
        return List.copyOf(struck);
    }

    /** Removes every planned fault, forgets those that struck, and reseeds with 0. */
    public synchronized void clear() {
        planned.clear();
        struck.clear();
        random = new Random(0);
    }

    synchronized void add(ArmedFault fault) {
        planned.add(fault);
    }

    /**
     * The fault, if any, that strikes a Gmail API request of {@code account} (recorded as struck with the session id
     * {@code GMAIL_API-R<n>}, n counting the requests that reached this check).
     */
    Optional<Fault> atApiRequest(String account) {
        return at(Stage.GMAIL_API, "GMAIL_API-R" + apiRequests.incrementAndGet(), Optional.of(account));
    }

    /** The engine's view. */
    FaultHook hook() {
        return this::at;
    }

    private synchronized Optional<Fault> at(Stage stage, String sessionId, Optional<String> account) {
        for (ArmedFault candidate : planned) {
            if (candidate.strikes(stage, account, random)) {
                struck.add(new InjectedFault(stage, candidate.fault(), sessionId, account, clock.instant()));
                return Optional.of(candidate.fault());
            }
        }
        return Optional.empty();
    }
}
