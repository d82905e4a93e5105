package dev.fakegmail.server.internal.smtp;

/** Where in a session an injected fault can strike. */
public enum FaultPoint {
    /** Before the greeting (on the implicit-TLS port: before the handshake, for TLS faults). */
    CONNECT,
    /** An EHLO or HELO command. */
    EHLO,
    /** A STARTTLS command that would succeed. */
    STARTTLS,
    /** An AUTH exchange, once the credentials are decoded (so the account is known). */
    AUTH,
    /** A MAIL command that passed its checks. */
    MAIL,
    /** A RCPT command that passed its checks. */
    RCPT,
    /** A DATA command (or the first BDAT chunk) that passed its checks. */
    DATA,
    /** The end of the message data, before the message is stored. */
    END_OF_DATA,
    /** A QUIT command. */
    QUIT
}
