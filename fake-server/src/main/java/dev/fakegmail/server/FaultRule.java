package dev.fakegmail.server;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans one fault: at which {@link Stage}, on which occurrence, optionally for one account and with a probability;
 * then {@link #inject(Fault)}, which ends the chain. Made by {@link Faults#on(Stage)}:
 *
 * <pre>{@code
 * gmail.faults().on(Stage.DATA).once().inject(Fault.gmail(GmailFault.RATE_LIMITED));
 * gmail.faults().on(Stage.END_OF_DATA).nth(2).inject(Fault.dropAfterProcessing());
 * gmail.faults().on(Stage.AUTH).always().forAccount("alice@gmail.com").inject(Fault.gmail(GmailFault.TEMPORARY_AUTH_FAILURE));
 * }</pre>
 *
 * <p>A rule is a one-shot builder for one thread: {@code inject} hands the server an immutable copy, and the rule
 * refuses any further call. Plan the next fault with another {@code faults().on(stage)}.
 */
public final class FaultRule {
    private final Faults faults;
    private final Stage stage;
    private int nth = 1;
    private boolean always;
    private Optional<String> account = Optional.empty();
    private double probability = 1.0;
    private Optional<Fault> injected = Optional.empty();

    FaultRule(Faults faults, Stage stage) {
        this.faults = faults;
        this.stage = Objects.requireNonNull(stage, "stage");
    }

    /**
     * Strikes the next occurrence of the stage only (the default).
     *
     * @throws IllegalStateException after {@link #inject}
     */
    public FaultRule once() {
        return nth(1);
    }

    /**
     * Strikes the n-th occurrence from now (1 = the next), once.
     *
     * @throws IllegalStateException after {@link #inject}
     */
    public FaultRule nth(int n) {
        requireNotInjected("nth(" + n + ")");
        if (n < 1) {
            throw new IllegalArgumentException("nth(" + n + "): occurrences count from 1 (the next one)");
        }
        this.nth = n;
        this.always = false;
        return this;
    }

    /**
     * Strikes every occurrence until {@link Faults#clear()}.
     *
     * @throws IllegalStateException after {@link #inject}
     */
    public FaultRule always() {
        requireNotInjected("always()");
        this.always = true;
        return this;
    }

    /**
     * Only occurrences in sessions of this account (compared ignoring case; known from AUTH on).
     *
     * @throws IllegalStateException after {@link #inject}
     */
    public FaultRule forAccount(String address) {
        requireNotInjected("forAccount(\"" + address + "\")");
        this.account = Optional.of(Objects.requireNonNull(address, "address").toLowerCase(Locale.ROOT));
        return this;
    }

    /**
     * Strikes a matching occurrence with this probability, drawn from the seeded random of {@link Faults#seed}.
     *
     * @throws IllegalStateException after {@link #inject}
     */
    public FaultRule withProbability(double p) {
        requireNotInjected("withProbability(" + p + ")");
        if (!(p > 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("withProbability(" + p + "): expected a probability in (0, 1]");
        }
        this.probability = p;
        return this;
    }

    /**
     * Plans the fault on the server and ends the chain: the server keeps an immutable copy of this rule, and every
     * later call on this rule (another {@code inject} included) throws.
     *
     * @throws IllegalArgumentException for a TLS fault at a stage other than STARTTLS or CONNECT, a Gmail API fault
     *                                  at another stage than GMAIL_API, or an SMTP fault at GMAIL_API
     * @throws IllegalStateException    when this rule was already injected
     */
    public void inject(Fault planned) {
        Objects.requireNonNull(planned, "fault");
        requireNotInjected("inject(" + planned + ")");
        if (planned.tlsFailure().isPresent() && stage != Stage.STARTTLS && stage != Stage.CONNECT) {
            throw new IllegalArgumentException("A TLS fault (" + planned + ") can only strike a handshake: use "
                    + "on(Stage.STARTTLS) or on(Stage.CONNECT) (the SSL port), not on(Stage." + stage + ")");
        }
        boolean api = planned instanceof Fault.GmailApi;
        if (api && stage != Stage.GMAIL_API) {
            throw new IllegalArgumentException("A Gmail API fault (" + planned + ") can only strike a Gmail API"
                    + " request: use on(Stage.GMAIL_API), not on(Stage." + stage + ")");
        }
        if (stage == Stage.GMAIL_API && !api && !(planned instanceof Fault.Delay)) {
            throw new IllegalArgumentException("on(Stage.GMAIL_API) takes Fault.gmailApi(...) or Fault.delay(...),"
                    + " not " + planned + " (an SMTP fault): plan it at an SMTP stage");
        }
        injected = Optional.of(planned);
        faults.add(new ArmedFault(stage, nth, always, account, probability, planned));
    }

    private void requireNotInjected(String call) {
        if (injected.isPresent()) {
            throw new IllegalStateException(call + " on a FaultRule that was already injected (" + this
                    + "): inject(...) ends the chain. Plan another fault with faults().on(Stage." + stage + ")");
        }
    }

    @Override
    public String toString() {
        return "FaultRule[" + stage + ", " + (always ? "always" : "occurrence " + nth)
                + account.map(a -> ", account " + a).orElse("")
                + (probability < 1.0 ? ", p=" + probability : "")
                + injected.map(f -> ", " + f).orElse(", not injected") + "]";
    }
}
