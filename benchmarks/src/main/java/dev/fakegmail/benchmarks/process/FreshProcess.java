package dev.fakegmail.benchmarks.process;

import dev.fakegmail.benchmarks.fixtures.Contender;
import dev.fakegmail.benchmarks.fixtures.MailTarget;
import dev.fakegmail.benchmarks.fixtures.TestMessages;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;

/**
 * Scenario 7: what a small program that tests mail sending does from start to exit: start the server, send one
 * message (fake-gmail over STARTTLS, GreenMail over SMTPS), check that it arrived, stop. The driver measures the
 * wall time of the whole process; this prints {@code result.peakRssKiB} just before {@code main} returns.
 */
public final class FreshProcess {
    private FreshProcess() {
    }

    /** Runs once; the argument is a {@link Contender#argument()}. */
    public static void main(String[] args) throws MessagingException {
        try (MailTarget target = Contender.parse(args[0]).start()) {
            Transport.send(TestMessages.text(target.session(), target.sender(), TestMessages.SMALL_BODY));
            target.awaitMessages(1);
        }
        ChildOutput.peakResidentKiB().ifPresent(kib -> ChildOutput.result("peakRssKiB", kib));
    }
}
