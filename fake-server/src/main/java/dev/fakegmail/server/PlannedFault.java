package dev.fakegmail.server;

import java.util.Objects;
import java.util.Optional;

/**
 * A fault as planned by {@link FaultRule#inject} and listed by {@link Faults#planned()}: a snapshot, which later
 * occurrences do not change.
 *
 * @param stage       where it strikes
 * @param fault       what it does
 * @param always      whether it strikes every matching occurrence ({@link FaultRule#always()})
 * @param nth         which matching occurrence it strikes, counted from 1 ({@link FaultRule#nth(int)}); 1 and
 *                    unused when {@code always}
 * @param account     the only account whose sessions it strikes, lower case ({@link FaultRule#forAccount}); empty
 *                    for every session
 * @param probability the chance it strikes an occurrence it would otherwise strike, in (0, 1]
 *                    ({@link FaultRule#withProbability})
 * @param seen        the matching occurrences (stage and account) it has counted so far; a spent fault counts no
 *                    more
 * @param spent       whether a fault that strikes once has struck, and so no longer strikes
 */
public record PlannedFault(Stage stage, Fault fault, boolean always, int nth, Optional<String> account,
                           double probability, int seen, boolean spent) {
    /** Checks that no component is null. */
    public PlannedFault {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(account, "account");
    }
}
