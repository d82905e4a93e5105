package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A {@link Fault} is a plain value: a sealed set of records that print as the control API shows them and compare. */
class FaultTest {

    @Test
    void faultsMadeAlikeAreEqualAndFaultsMadeDifferentlyAreNot() {
        assertThat(Fault.dropConnection()).isEqualTo(Fault.dropConnection())
                .hasSameHashCodeAs(Fault.dropConnection())
                .isNotEqualTo(Fault.dropAfterProcessing())
                .isNotEqualTo(Fault.dropAfterReply());
        assertThat(Fault.gmail(GmailFault.RATE_LIMITED)).isEqualTo(Fault.gmail(GmailFault.RATE_LIMITED))
                .isNotEqualTo(Fault.gmail(GmailFault.DAILY_LIMIT));
        assertThat(Fault.reply(451, "4.3.0", "Try again")).isEqualTo(new Fault.Reply(451, "4.3.0", "Try again"))
                .isNotEqualTo(Fault.reply(451, "4.3.0", "Try later"));
        assertThat(Fault.delay(Duration.ofMillis(50))).isEqualTo(new Fault.Delay(Duration.ofMillis(50)))
                .isNotEqualTo(Fault.delay(Duration.ofMillis(51)));
        assertThat(Fault.tls(TlsFailure.UNTRUSTED_CA)).isEqualTo(new Fault.Tls(TlsFailure.UNTRUSTED_CA))
                .isNotEqualTo(Fault.tls(TlsFailure.EXPIRED_CERTIFICATE));
    }

    @Test
    void eachFaultPrintsAsTheControlApiAndTheWebPagesShowIt() {
        assertThat(List.of(Fault.gmail(GmailFault.RATE_LIMITED), Fault.reply(451, "4.3.0", "Try again"),
                Fault.delay(Duration.ofMillis(50)), Fault.dropConnection(), Fault.dropAfterProcessing(),
                Fault.dropAfterReply(), Fault.tls(TlsFailure.UNTRUSTED_CA)))
                .extracting(Fault::toString)
                .containsExactly("RATE_LIMITED", "reply 451 4.3.0 Try again", "delay PT0.05S", "drop connection",
                        "drop after processing", "drop after reply", "TLS UNTRUSTED_CA");
    }

    @Test
    void theFactoriesMakeTheRecordsAReaderCanTakeApart() {
        assertThat(Fault.gmail(GmailFault.DAILY_LIMIT)).isEqualTo(new Fault.Gmail(GmailFault.DAILY_LIMIT));
        assertThat(Fault.dropConnection()).isEqualTo(new Fault.Drop(Fault.Drop.When.BEFORE_PROCESSING));
        assertThat(Fault.dropAfterProcessing()).isEqualTo(new Fault.Drop(Fault.Drop.When.AFTER_PROCESSING));
        assertThat(Fault.dropAfterReply()).isEqualTo(new Fault.Drop(Fault.Drop.When.AFTER_REPLY));
        Fault.Reply reply = (Fault.Reply) Fault.reply(421, "4.7.0", "Try again later, closing connection.");
        assertThat(reply.code()).isEqualTo(421);
        assertThat(reply.enhancedCode()).isEqualTo("4.7.0");
        assertThat(reply.line()).isEqualTo("421 4.7.0 Try again later, closing connection.");
    }

    @Test
    void onlyATlsFaultNamesATlsFailure() {
        assertThat(Fault.tls(TlsFailure.WRONG_HOST_NAME).tlsFailure()).contains(TlsFailure.WRONG_HOST_NAME);
        assertThat(List.of(Fault.gmail(GmailFault.RATE_LIMITED), Fault.reply(451, "4.3.0", "x"),
                Fault.delay(Duration.ZERO), Fault.dropConnection()))
                .extracting(Fault::tlsFailure).containsOnly(Optional.empty());
    }

    @Test
    void faultIsASealedSetOfRecords() {
        assertThat(Fault.class.isSealed()).isTrue();
        assertThat(Arrays.stream(Fault.class.getPermittedSubclasses()).map(Class::getSimpleName))
                .containsExactly("Gmail", "Reply", "Delay", "Drop", "Tls", "GmailApi");
        assertThat(Fault.class.getPermittedSubclasses()).allMatch(Class::isRecord);
    }

    @Test
    void aReplyOfTheWrongShapeIsRefusedWithWhatWasWrong() {
        assertThatThrownBy(() -> Fault.reply(250, "2.0.0", "OK"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A fault reply needs a 4xx or 5xx code, was 250");
        assertThatThrownBy(() -> Fault.reply(451, "5.3.0", "Try again"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The enhanced code '5.3.0' must look like 4.x.y and start with the same class as 451");
        assertThatThrownBy(() -> Fault.reply(451, "4.3.0", "Try\r\nagain"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A fault reply's text must be one line, without CR or LF");
        assertThatThrownBy(() -> new Fault.Reply(451, "4.3.0", null))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void aNegativeDelayOrAMissingValueIsRefused() {
        assertThatThrownBy(() -> Fault.delay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A delay cannot be negative, was PT-0.001S");
        assertThatThrownBy(() -> Fault.gmail(null)).isInstanceOf(NullPointerException.class).hasMessage("fault");
        assertThatThrownBy(() -> Fault.tls(null)).isInstanceOf(NullPointerException.class).hasMessage("failure");
        assertThatThrownBy(() -> new Fault.Drop(null)).isInstanceOf(NullPointerException.class).hasMessage("when");
    }
}
