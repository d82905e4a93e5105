package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code inject} ends the chain: what the server planned cannot be changed or planned twice through the rule. */
class FaultRuleTest {
    private final Faults faults = FakeGmailServer.builder().build().faults();

    @Test
    void callsAfterInjectAreRefusedAndTheirMessageSaysWhatToDo() {
        FaultRule rule = faults.on(Stage.DATA);
        rule.inject(Fault.gmail(GmailFault.RATE_LIMITED));

        assertThatThrownBy(() -> rule.forAccount("alice@gmail.com"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("forAccount(\"alice@gmail.com\") on a FaultRule that was already injected "
                        + "(FaultRule[DATA, occurrence 1, RATE_LIMITED]): inject(...) ends the chain. "
                        + "Plan another fault with faults().on(Stage.DATA)");
        assertThatThrownBy(rule::always).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> rule.nth(2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> rule.withProbability(0.5)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRuleCannotBeInjectedTwice() {
        FaultRule rule = faults.on(Stage.MAIL);
        rule.inject(Fault.dropConnection());

        assertThatThrownBy(() -> rule.inject(Fault.dropConnection()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("inject(drop connection) on a FaultRule that was already injected");
        assertThat(strikes(Stage.MAIL, "bob@gmail.com")).isTrue();
        assertThat(strikes(Stage.MAIL, "bob@gmail.com")).as("planned once, strikes once").isFalse();
    }

    @Test
    void theServerKeepsTheRuleAsItWasWhenInjected() {
        FaultRule rule = faults.on(Stage.RCPT).always();
        rule.inject(Fault.gmail(GmailFault.TOO_MANY_RECIPIENTS));
        assertThatThrownBy(() -> rule.forAccount("alice@gmail.com")).isInstanceOf(IllegalStateException.class);

        assertThat(strikes(Stage.RCPT, "bob@gmail.com")).as("still for every account").isTrue();
        assertThat(strikes(Stage.RCPT, "bob@gmail.com")).as("still always").isTrue();
        assertThat(faults.struck()).hasSize(2);
    }

    @Test
    void aRuleThatFailedValidationIsNotInjectedAndCanStillBeUsed() {
        FaultRule rule = faults.on(Stage.DATA);
        assertThatThrownBy(() -> rule.inject(Fault.tls(TlsFailure.EXPIRED_CERTIFICATE)))
                .isInstanceOf(IllegalArgumentException.class);

        rule.inject(Fault.delay(java.time.Duration.ZERO));

        assertThat(strikes(Stage.DATA, "bob@gmail.com")).isTrue();
    }

    @Test
    void plannedListsImmutableSnapshotsInTheOrderTheFaultsAreTried() {
        faults.on(Stage.MAIL).inject(Fault.gmail(GmailFault.DAILY_LIMIT));
        faults.on(Stage.RCPT).nth(3).always().forAccount("Bob@Gmail.com").withProbability(0.5)
                .inject(Fault.dropConnection());
        faults.on(Stage.DATA).nth(2).inject(Fault.delay(java.time.Duration.ZERO));

        List<PlannedFault> before = faults.planned();
        assertThat(strikes(Stage.MAIL, "bob@gmail.com")).isTrue();
        assertThat(strikes(Stage.DATA, "bob@gmail.com")).isFalse();

        PlannedFault mail = new PlannedFault(Stage.MAIL, before.get(0).fault(), false, 1, Optional.empty(), 1.0, 0,
                false);
        assertThat(before).containsExactly(mail,
                new PlannedFault(Stage.RCPT, before.get(1).fault(), true, 1, Optional.of("bob@gmail.com"), 0.5, 0,
                        false),
                new PlannedFault(Stage.DATA, before.get(2).fault(), false, 2, Optional.empty(), 1.0, 0, false));
        assertThat(before.get(0).fault()).hasToString("DAILY_LIMIT");
        assertThat(faults.planned()).as("a later list counts; the earlier one did not change").containsExactly(
                new PlannedFault(Stage.MAIL, mail.fault(), false, 1, Optional.empty(), 1.0, 1, true),
                before.get(1),
                new PlannedFault(Stage.DATA, before.get(2).fault(), false, 2, Optional.empty(), 1.0, 1, false));
        assertThatThrownBy(() -> before.add(mail)).isInstanceOf(UnsupportedOperationException.class);

        faults.clear();
        assertThat(faults.planned()).isEmpty();
    }

    private boolean strikes(Stage stage, String account) {
        return faults.hook().at(stage, "session-id", Optional.of(account)).isPresent();
    }
}
