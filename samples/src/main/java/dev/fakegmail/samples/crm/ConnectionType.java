package dev.fakegmail.samples.crm;

/** The "Type" field of the SMTP profile form: how the connection is encrypted. */
public enum ConnectionType {
    /** Connect in plain text, then upgrade with the STARTTLS command (Gmail's port 587). */
    STARTTLS,
    /** TLS from the first byte, also called implicit TLS or SMTPS (Gmail's port 465). */
    SSL
}
