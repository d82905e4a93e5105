package dev.fakegmail.samples.crm;

/** A transactional email Gmail did not accept; the message is the advice for the admin. */
public final class MailDeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final MailProblem problem;

    /** Wraps the failure of a send with its diagnosis. */
    public MailDeliveryException(MailProblem problem, Throwable cause) {
        super(problem.advice(), cause);
        this.problem = problem;
    }

    /** What went wrong. */
    public MailProblem problem() {
        return problem;
    }
}
