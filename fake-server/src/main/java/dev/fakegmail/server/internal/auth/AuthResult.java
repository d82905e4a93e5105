package dev.fakegmail.server.internal.auth;

/**
 * What the account model says about a login attempt, whichever door it came through. Each door maps a verdict to its
 * own reply: the SMTP replies are named below, IMAP's are in {@code docs/gmail-imap.md} §3.
 */
public enum AuthResult {
    /** 235 2.7.0 Accepted. */
    ACCEPTED,
    /** 535-5.7.8 Username and Password not accepted: wrong, unknown, revoked, or account password with 2SV off. */
    BAD_CREDENTIALS,
    /** 534-5.7.9 Application-specific password required: the account password while 2SV is on. */
    APP_PASSWORD_REQUIRED,
    /** 454-4.7.0 Too many login attempts. */
    TOO_MANY_ATTEMPTS,
    /** 454 4.7.0 Cannot authenticate due to temporary system problem. */
    TEMPORARY_FAILURE
}
