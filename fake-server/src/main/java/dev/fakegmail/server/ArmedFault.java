package dev.fakegmail.server;

import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * A fault as {@link FaultRule#inject} planned it: its settings never change; how many occurrences it has seen is
 * counted under the {@link Faults} lock, the only place it is read from. Users see {@link PlannedFault} snapshots of
 * it, never this object.
 */
final class ArmedFault {
    private final Stage stage;
    private final int nth;
    private final boolean always;
    private final Optional<String> account;
    private final double probability;
    private final Fault fault;
    private int seen;
    private boolean spent;

    ArmedFault(Stage stage, int nth, boolean always, Optional<String> account, double probability, Fault fault) {
        this.stage = stage;
        this.nth = nth;
        this.always = always;
        this.account = account;
        this.probability = probability;
        this.fault = fault;
    }

    /** Called under the Faults lock for each occurrence of a stage; true when the fault strikes it. */
    boolean strikes(Stage at, Optional<String> sessionAccount, Random random) {
        if (spent || at != stage || !matchesAccount(sessionAccount)) {
            return false;
        }
        seen++;
        if (!always && seen < nth) {
            return false;
        }
        if (probability < 1.0 && random.nextDouble() >= probability) {
            return false;
        }
        spent = !always;
        return true;
    }

    Fault fault() {
        return fault;
    }

    /** Called under the Faults lock: an immutable description of this fault and how far it has counted. */
    PlannedFault view() {
        return new PlannedFault(stage, fault, always, always ? 1 : nth, account, probability, seen, spent);
    }

    private boolean matchesAccount(Optional<String> sessionAccount) {
        return account.isEmpty() || sessionAccount.map(a -> a.toLowerCase(Locale.ROOT)).equals(account);
    }

    @Override
    public String toString() {
        return "ArmedFault[" + stage + ", " + (always ? "always" : "occurrence " + nth)
                + account.map(a -> ", account " + a).orElse("")
                + (probability < 1.0 ? ", p=" + probability : "") + ", " + fault + "]";
    }
}
