package dev.fakegmail.server;

import dev.fakegmail.server.internal.smtp.GmailReply;

/** Failures Gmail really produces, with its exact reply texts. */
public enum GmailFault {
    /** {@code 454 4.7.0 Cannot authenticate due to temporary system problem. Try again later.} */
    TEMPORARY_AUTH_FAILURE(GmailReply.AUTH_TEMPORARY_FAILURE),
    /** {@code 454-4.7.0 Too many login attempts, please try again later.} */
    TOO_MANY_LOGIN_ATTEMPTS(GmailReply.TOO_MANY_LOGIN_ATTEMPTS),
    /** {@code 421 4.3.0 Temporary System Problem.  Try again later (10).}, then the connection closes. */
    RATE_LIMITED(GmailReply.TEMPORARY_SYSTEM_PROBLEM),
    /** {@code 550-5.4.5 Daily user sending limit exceeded.} */
    DAILY_LIMIT(GmailReply.DAILY_LIMIT),
    /** {@code 552-5.3.4 Your message exceeded Google's message size limits.} */
    MESSAGE_TOO_LARGE(GmailReply.SIZE_EXCEEDED_AT_DATA),
    /** {@code 452-4.5.3 Your message has too many recipients.} */
    TOO_MANY_RECIPIENTS(GmailReply.TOO_MANY_RECIPIENTS),
    /** {@code 451 4.4.2 Timeout - closing connection.}, then the connection closes. */
    IDLE_TIMEOUT(GmailReply.TIMEOUT);

    private final GmailReply reply;

    GmailFault(GmailReply reply) {
        this.reply = reply;
    }

    GmailReply reply() {
        return reply;
    }

    /** The reply's three-digit code. */
    public int code() {
        return reply.code();
    }
}
