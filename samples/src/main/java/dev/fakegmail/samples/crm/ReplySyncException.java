package dev.fakegmail.samples.crm;

/** A reply sync that could not read the INBOX; the message is the advice for the admin. */
public final class ReplySyncException extends Exception {
    private static final long serialVersionUID = 1L;

    private final MailProblem problem;

    /** Wraps the failure of a sync with its diagnosis. */
    public ReplySyncException(MailProblem problem, Throwable cause) {
        super(problem.advice(), cause);
        this.problem = problem;
    }

    /** What went wrong. */
    public MailProblem problem() {
        return problem;
    }
}
