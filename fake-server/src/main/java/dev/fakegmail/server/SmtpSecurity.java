package dev.fakegmail.server;

/**
 * The "Type" field of an SMTP settings form: how the connection is secured.
 */
public enum SmtpSecurity {
    /** Plain connection on the submission port (Gmail: 587), upgraded with the STARTTLS command. */
    STARTTLS,
    /** TLS from the first byte, on the implicit-TLS port (Gmail: 465). */
    SSL
}
