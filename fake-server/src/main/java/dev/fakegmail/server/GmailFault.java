package dev.fakegmail.server;

/**
 * Failures Gmail really produces, with its exact reply texts (the SMTP engine's reply table holds them; a test keeps
 * each constant's {@link #code()} equal to its reply's).
 */
public enum GmailFault {
    /** {@code 454 4.7.0 Cannot authenticate due to temporary system problem. Try again later.} */
    TEMPORARY_AUTH_FAILURE(454),
    /** {@code 454-4.7.0 Too many login attempts, please try again later.} */
    TOO_MANY_LOGIN_ATTEMPTS(454),
    /** {@code 421 4.3.0 Temporary System Problem.  Try again later (10).}, then the connection closes. */
    RATE_LIMITED(421),
    /** {@code 550-5.4.5 Daily user sending limit exceeded.} */
    DAILY_LIMIT(550),
    /** {@code 552-5.3.4 Your message exceeded Google's message size limits.} */
    MESSAGE_TOO_LARGE(552),
    /** {@code 452-4.5.3 Your message has too many recipients.} */
    TOO_MANY_RECIPIENTS(452),
    /** {@code 451 4.4.2 Timeout - closing connection.}, then the connection closes. */
    IDLE_TIMEOUT(451);

    private final int code;

    GmailFault(int code) {
        this.code = code;
    }

    /** The reply's three-digit code. */
    public int code() {
        return code;
    }
}
