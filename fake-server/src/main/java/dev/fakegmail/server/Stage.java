package dev.fakegmail.server;

/** Where an injected {@link Fault} strikes: a stage of an SMTP session, or a Gmail API request. */
public enum Stage {
    /** A new connection, before the greeting (on the SSL port, TLS faults strike its handshake). */
    CONNECT,
    /** EHLO or HELO. */
    EHLO,
    /** A STARTTLS command that would succeed (TLS faults strike its handshake). */
    STARTTLS,
    /** An AUTH exchange, once the username is decoded (so a rule for one account can match). */
    AUTH,
    /** MAIL FROM, after the TLS, HELO and AUTH checks. */
    MAIL,
    /** RCPT TO, after the TLS, HELO and AUTH checks. */
    RCPT,
    /** DATA (or the first BDAT chunk), after the envelope checks. */
    DATA,
    /** The end of the message data, before the message is stored. */
    END_OF_DATA,
    /** QUIT. */
    QUIT,
    /**
     * A Gmail API request (the HTTP side's door), once its token and scope were checked and before the method runs;
     * a rule {@link FaultRule#forAccount for one account} matches the token's account. Takes
     * {@link Fault#gmailApi} and {@link Fault#delay} faults only.
     */
    GMAIL_API
}
