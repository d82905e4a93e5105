package dev.fakegmail.samples.crm;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.server.Fault;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailFault;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.Stage;
import dev.fakegmail.server.TlsFailure;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** "Send test email" shows the right advice for each failure Gmail (or the network) can produce. */
@FakeGmail
class TestEmailAdviceTest {

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(Stage.AUTH, Fault.gmail(GmailFault.TEMPORARY_AUTH_FAILURE), MailProblem.TEMPORARY_AUTH_FAILURE),
                Arguments.of(Stage.AUTH, Fault.gmail(GmailFault.TOO_MANY_LOGIN_ATTEMPTS), MailProblem.TOO_MANY_LOGIN_ATTEMPTS),
                Arguments.of(Stage.MAIL, Fault.gmail(GmailFault.IDLE_TIMEOUT), MailProblem.TIMEOUT),
                Arguments.of(Stage.RCPT, Fault.gmail(GmailFault.TOO_MANY_RECIPIENTS), MailProblem.TOO_MANY_RECIPIENTS),
                Arguments.of(Stage.DATA, Fault.gmail(GmailFault.RATE_LIMITED), MailProblem.RATE_LIMITED),
                Arguments.of(Stage.DATA, Fault.gmail(GmailFault.DAILY_LIMIT), MailProblem.DAILY_LIMIT),
                Arguments.of(Stage.END_OF_DATA, Fault.gmail(GmailFault.MESSAGE_TOO_LARGE), MailProblem.MESSAGE_TOO_LARGE),
                Arguments.of(Stage.END_OF_DATA, Fault.dropConnection(), MailProblem.CONNECTION_LOST),
                Arguments.of(Stage.STARTTLS, Fault.tls(TlsFailure.UNTRUSTED_CA), MailProblem.CERTIFICATE_NOT_TRUSTED),
                Arguments.of(Stage.STARTTLS, Fault.tls(TlsFailure.EXPIRED_CERTIFICATE), MailProblem.CERTIFICATE_NOT_TRUSTED),
                Arguments.of(Stage.STARTTLS, Fault.tls(TlsFailure.WRONG_HOST_NAME), MailProblem.CERTIFICATE_NOT_TRUSTED));
    }

    @ParameterizedTest(name = "{1} at {0} → {2}")
    @MethodSource("faults")
    void showsTheAdviceForTheFault(Stage stage, Fault fault, MailProblem expected, GmailSmtpProfile profile,
                                   FakeGmailServer gmail) {
        gmail.faults().on(stage).once().inject(fault);

        TestEmailResult result = CrmForms.mailer(CrmForms.from(profile), profile).sendTestEmail("customer@example.com");

        assertThat(result.sent()).isFalse();
        assertThat(result.problem()).as(result.message()).contains(expected);
        assertThat(result.message()).startsWith(expected.advice());
        assertThat(gmail).hasReceived(0);
        assertThat(gmail.faults().struck()).singleElement().satisfies(struck -> assertThat(struck.stage()).isEqualTo(stage));
    }
}
