package dev.fakegmail.server;

import java.util.List;
import java.util.Objects;

/**
 * The SMTP envelope of a received message: who logged in and what was said in {@code MAIL FROM} and
 * {@code RCPT TO}. It can differ from the {@code From:} and {@code To:} headers (Bcc recipients, for example,
 * are only here).
 *
 * @param account    the address the session authenticated as, as the client typed it
 * @param mailFrom   the reverse path of {@code MAIL FROM} without angle brackets; empty for {@code MAIL FROM:<>}
 * @param recipients the forward paths of the accepted {@code RCPT TO} commands, in order
 */
public record Envelope(String account, String mailFrom, List<String> recipients) {

    /** Checks for nulls and copies the recipient list. */
    public Envelope {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(mailFrom, "mailFrom");
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
    }
}
