package dev.fakegmail.server.internal.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.Fault;
import dev.fakegmail.server.GmailFault;
import dev.fakegmail.server.Stage;
import dev.fakegmail.server.TlsFailure;
import dev.fakegmail.server.internal.tls.ServerTls;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the SMTP engine carries out each kind of planned {@link Fault}: every kind has an effect, and the right one. */
class FaultEffectsTest {
    private static final ServerTls TLS = ServerTls.shared();

    /** One fault of every kind; {@link #everyKindFaultPermitsHasAnExampleHereAndAnEffect} keeps it complete. */
    private static final List<Fault> ONE_OF_EACH = List.of(Fault.gmail(GmailFault.RATE_LIMITED),
            Fault.reply(451, "4.3.0", "Try again"), Fault.delay(Duration.ofMillis(5)), Fault.dropConnection(),
            Fault.tls(TlsFailure.WRONG_HOST_NAME));

    private final FaultEffects effects = new FaultEffects(FaultHook.NONE, TLS);

    @Test
    void everyKindFaultPermitsHasAnExampleHereAndAnEffect() {
        List<Class<?>> kinds = new java.util.ArrayList<>(ONE_OF_EACH.stream().<Class<?>>map(Object::getClass).toList());
        kinds.add(Fault.GmailApi.class); // FaultRule plans it at Stage.GMAIL_API only: never an SMTP session's
        assertThat(kinds).containsExactlyInAnyOrder(Fault.class.getPermittedSubclasses());
        for (Fault fault : ONE_OF_EACH) {
            assertThat(effects.effect(fault)).as(fault.toString()).isNotNull();
        }
        assertThatThrownBy(() -> effects.effect(Fault.gmailApi(dev.fakegmail.server.GmailApiFault.BACKEND_ERROR)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no effect");
    }

    @Test
    void aGmailFaultSendsItsReplyFromTheReplyTableWithTheCodeItAdvertises() {
        for (GmailFault fault : GmailFault.values()) {
            assertThat(GmailReply.of(fault).code()).as(fault.name()).isEqualTo(fault.code());
        }
        FaultAction.Answer answer = (FaultAction.Answer) effects.effect(Fault.gmail(GmailFault.RATE_LIMITED));
        assertThat(new String(answer.wire().bytes("abc"), StandardCharsets.US_ASCII))
                .isEqualTo("421 4.3.0 Temporary System Problem.  Try again later (10). abc - gsmtp\r\n");
        assertThat(answer.closes()).isTrue();
    }

    @Test
    void aCustomReplyGetsTheSessionIdAndOnlyA421Closes() {
        FaultAction.Answer answer = (FaultAction.Answer) effects.effect(Fault.reply(451, "4.3.0", "Try again"));
        assertThat(new String(answer.wire().bytes("abc"), StandardCharsets.US_ASCII))
                .isEqualTo("451 4.3.0 Try again abc - gsmtp\r\n");
        assertThat(answer.closes()).isFalse();
        assertThat(((FaultAction.Answer) effects.effect(Fault.reply(421, "4.7.0", "Bye"))).closes()).isTrue();
    }

    @Test
    void delaysAndDropsKeepWhatTheTestAskedFor() {
        assertThat(effects.effect(Fault.delay(Duration.ofMillis(5))))
                .isEqualTo(new FaultAction.Delay(Duration.ofMillis(5)));
        assertThat(List.of(Fault.dropConnection(), Fault.dropAfterProcessing(), Fault.dropAfterReply()))
                .extracting(effects::effect)
                .containsExactly(new FaultAction.Drop(Fault.Drop.When.BEFORE_PROCESSING),
                        new FaultAction.Drop(Fault.Drop.When.AFTER_PROCESSING),
                        new FaultAction.Drop(Fault.Drop.When.AFTER_REPLY));
    }

    @Test
    void aTlsFaultPresentsOtherKeyMaterialMadeOncePerServer() {
        FaultAction first = effects.effect(Fault.tls(TlsFailure.EXPIRED_CERTIFICATE));

        assertThat(first.presents(TLS)).isNotSameAs(TLS);
        assertThat(effects.effect(Fault.tls(TlsFailure.EXPIRED_CERTIFICATE))).isSameAs(first);
        assertThat(effects.effect(Fault.tls(TlsFailure.UNTRUSTED_CA))).isNotSameAs(first);
        assertThat(effects.effect(Fault.delay(Duration.ZERO)).presents(TLS)).isSameAs(TLS);
    }

    @Test
    void thePlanIsAskedWithTheStageSessionAndAccountAndItsAnswerCarriedOut() {
        List<String> asked = new ArrayList<>();
        FaultEffects planned = new FaultEffects((stage, session, account) -> {
            asked.add(stage + " " + session + " " + account.orElse("-"));
            return stage == Stage.MAIL ? Optional.of(Fault.dropAfterReply()) : Optional.empty();
        }, TLS);

        assertThat(planned.at(Stage.EHLO, "s1", Optional.empty())).isEmpty();
        assertThat(planned.at(Stage.MAIL, "s1", Optional.of("alice@gmail.com")))
                .contains(new FaultAction.Drop(Fault.Drop.When.AFTER_REPLY));
        assertThat(asked).containsExactly("EHLO s1 -", "MAIL s1 alice@gmail.com");
    }
}
