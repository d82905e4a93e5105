package dev.fakegmail.samples.crm;

import java.util.Optional;

/**
 * What the "Send test email" button shows.
 *
 * @param sent    whether Gmail accepted the test email
 * @param problem what went wrong, when it was not sent
 * @param message the text shown to the admin: a confirmation, or the advice followed by Gmail's reply
 */
public record TestEmailResult(boolean sent, Optional<MailProblem> problem, String message) {

    /** A test email Gmail accepted. */
    public static TestEmailResult sent(String to) {
        return new TestEmailResult(true, Optional.empty(), "Test email sent to " + to + ". Check that inbox.");
    }

    /** A test email that failed, with the advice for the problem and what the server said. */
    public static TestEmailResult failed(MailProblem problem, String serverSaid) {
        return new TestEmailResult(false, Optional.of(problem), problem.advice() + " (" + serverSaid + ")");
    }
}
