package dev.fakegmail.samples.faults;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static dev.fakegmail.assertions.FakeGmailAssertions.assertThatGmailRejected;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.junit.InjectFault;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.Fault;
import dev.fakegmail.server.GmailFault;
import dev.fakegmail.server.InjectedFault;
import dev.fakegmail.server.Stage;
import dev.fakegmail.server.TlsFailure;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The README's fault plan, run: each planned fault strikes where it says, in this test only. */
@FakeGmail(accounts = {"user@gmail.com", "alice@gmail.com"})
class FaultPlanTest {

    @Test
    void faultsStrikeWhereTheyArePlanned(FakeGmailServer gmail, Session session) throws Exception {
        // README: fault-plan
        gmail.faults().on(Stage.DATA).once().inject(Fault.gmail(GmailFault.RATE_LIMITED));      // 421, then closes
        gmail.faults().on(Stage.END_OF_DATA).nth(2).inject(Fault.dropAfterProcessing());        // stored, client never hears
        gmail.faults().on(Stage.AUTH).always().forAccount("alice@gmail.com")
                .inject(Fault.gmail(GmailFault.TEMPORARY_AUTH_FAILURE));
        gmail.faults().on(Stage.STARTTLS).nth(4).inject(Fault.tls(TlsFailure.EXPIRED_CERTIFICATE));
        // README: end

        assertThatThrownBy(() -> send(session, "first"))
                .satisfies(e -> assertThatGmailRejected(e).isTemporarySystemProblem());
        send(session, "second");
        assertThatThrownBy(() -> send(session, "third")).isInstanceOf(MessagingException.class);
        assertThatThrownBy(() -> send(session, "fourth")).hasStackTraceContaining("validity check failed");

        assertThat(gmail).hasReceived(2).hasFaultsStruck(3).hasFaultStruckAt(Stage.END_OF_DATA);
        // a Fault is a value: what struck equals what was planned, and prints as the control API lists it
        Assertions.assertThat(gmail.faults().struck()).extracting(InjectedFault::fault).containsExactly(
                Fault.gmail(GmailFault.RATE_LIMITED), Fault.dropAfterProcessing(),
                Fault.tls(TlsFailure.EXPIRED_CERTIFICATE));
        Assertions.assertThat(gmail.faults().struck()).extracting(struck -> struck.fault().toString())
                .containsExactly("RATE_LIMITED", "drop after processing", "TLS EXPIRED_CERTIFICATE");
    }

    @Test
    @InjectFault(stage = Stage.DATA, value = GmailFault.RATE_LIMITED)
    void orOnTheTest(Session session, FakeGmailServer gmail) throws Exception {
        assertThatThrownBy(() -> send(session, "too fast"))
                .satisfies(e -> assertThatGmailRejected(e).isTemporarySystemProblem());
        send(session, "after a pause");
        assertThat(gmail).hasReceived(1).hasFaultStruckAt(Stage.DATA);
    }

    private static void send(Session session, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom("user@gmail.com");
        message.setRecipients(Message.RecipientType.TO, "bob@example.com");
        message.setSubject(subject);
        message.setText("body");
        Transport.send(message);
    }
}
