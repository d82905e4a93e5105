package dev.fakegmail.server;

/** Where in an SMTP session an injected {@link Fault} strikes. */
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
    QUIT
}
