package dev.fakegmail.server;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * One planned fault: at which {@link Stage}, on which occurrence, optionally for one account and with a
 * probability; then {@link #inject(Fault)}. Made by {@link Faults#on(Stage)}:
 *
 * <pre>{@code
 * gmail.faults().on(Stage.DATA).once().inject(Fault.gmail(GmailFault.RATE_LIMITED));
 * gmail.faults().on(Stage.END_OF_DATA).nth(2).inject(Fault.dropAfterProcessing());
 * gmail.faults().on(Stage.AUTH).always().forAccount("alice@gmail.com").inject(Fault.gmail(GmailFault.TEMPORARY_AUTH_FAILURE));
 * }</pre>
 */
public final class FaultRule {
    private final Faults faults;
    private final Stage stage;
    private int nth = 1;
    private boolean always;
    private Optional<String> account = Optional.empty();
    private double probability = 1.0;
    private Fault fault;
    private int seen;
    private boolean spent;

    FaultRule(Faults faults, Stage stage) {
        this.faults = faults;
        this.stage = Objects.requireNonNull(stage, "stage");
    }

    /** Strikes the next occurrence of the stage only (the default). */
    public FaultRule once() {
        return nth(1);
    }

    /** Strikes the n-th occurrence from now (1 = the next), once. */
    public FaultRule nth(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("nth(" + n + "): occurrences count from 1 (the next one)");
        }
        this.nth = n;
        this.always = false;
        return this;
    }

    /** Strikes every occurrence until {@link Faults#clear()}. */
    public FaultRule always() {
        this.always = true;
        return this;
    }

    /** Only occurrences in sessions of this account (compared ignoring case; known from AUTH on). */
    public FaultRule forAccount(String address) {
        this.account = Optional.of(Objects.requireNonNull(address, "address").toLowerCase(Locale.ROOT));
        return this;
    }

    /** Strikes a matching occurrence with this probability, drawn from the seeded random of {@link Faults#seed}. */
    public FaultRule withProbability(double p) {
        if (!(p > 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("withProbability(" + p + "): expected a probability in (0, 1]");
        }
        this.probability = p;
        return this;
    }

    /**
     * Plans the fault.
     *
     * @throws IllegalArgumentException for a TLS fault at a stage other than STARTTLS or CONNECT
     */
    public FaultRule inject(Fault planned) {
        Objects.requireNonNull(planned, "fault");
        if (planned.tlsFailure().isPresent() && stage != Stage.STARTTLS && stage != Stage.CONNECT) {
            throw new IllegalArgumentException("A TLS fault (" + planned + ") can only strike a handshake: use "
                    + "on(Stage.STARTTLS) or on(Stage.CONNECT) (the SSL port), not on(Stage." + stage + ")");
        }
        this.fault = planned;
        faults.add(this);
        return this;
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

    private boolean matchesAccount(Optional<String> sessionAccount) {
        return account.isEmpty() || sessionAccount.map(a -> a.toLowerCase(Locale.ROOT)).equals(account);
    }

    @Override
    public String toString() {
        return "FaultRule[" + stage + ", " + (always ? "always" : "occurrence " + nth)
                + account.map(a -> ", account " + a).orElse("")
                + (probability < 1.0 ? ", p=" + probability : "") + ", " + fault + "]";
    }
}
