package dev.fakegmail.samples.crm;

import java.util.List;
import java.util.Optional;

/**
 * What one reply sync found in the INBOX.
 *
 * @param replies the replies to emails the CRM sent, oldest first
 * @param bounces the recipients Gmail could not deliver to, oldest first
 * @param next    where the next sync starts
 */
public record SyncResult(List<Reply> replies, List<Bounce> bounces, SyncPoint next) {

    /** Copies the lists. */
    public SyncResult {
        replies = List.copyOf(replies);
        bounces = List.copyOf(bounces);
    }

    /**
     * A reply to an email the CRM sent, for the lead's timeline.
     *
     * @param from      the address it came from
     * @param subject   its subject
     * @param answering the {@code Message-ID} of the sent email it answers (from {@code In-Reply-To} or
     *                  {@code References})
     */
    public record Reply(String from, String subject, String answering) {
    }

    /**
     * A recipient Gmail could not deliver to, read from a delivery status notification (RFC 3464).
     *
     * @param recipient the failed address, from the report's {@code Final-Recipient}
     * @param status    the report's {@code Status}, e.g. {@code 5.1.1} (the address does not exist)
     * @param original  the {@code Message-ID} of the email that bounced, when the report names it
     */
    public record Bounce(String recipient, String status, Optional<String> original) {
    }
}
