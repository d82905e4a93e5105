package dev.fakegmail.server;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What list views and filters read of an accepted message, taken out of it once, after its {@code 250} was flushed,
 * and kept beside it: the envelope, the decoded From, To and subject, the {@code Message-ID}, the size and the
 * attachments' names. Reading a summary never parses the message again (see {@link ReceivedMessage#summary()}).
 *
 * <p>A message too malformed to parse gets a summary of its envelope, size and time alone: {@code from},
 * {@code to} and the subject empty, no message id and no attachments.
 *
 * @param id              the message's id ({@link ReceivedMessage#id()})
 * @param acceptedAt      when the server accepted it
 * @param envelope        the SMTP envelope
 * @param from            the {@code From:} header as a person reads it, as {@link ReceivedMessage#from()} answers
 * @param to              the {@code To:} addresses, as {@link ReceivedMessage#to()} answers
 * @param subject         the decoded subject; empty when there is none
 * @param messageId       the {@code Message-ID:} header as stored (with its angle brackets)
 * @param size            the size in bytes of the message as delivered
 * @param attachmentNames the file names of {@link ReceivedMessage#attachments()}, in order
 */
public record MessageSummary(String id, Instant acceptedAt, Envelope envelope, String from, List<String> to,
                             String subject, Optional<String> messageId, int size, List<String> attachmentNames) {

    /** Checks that nothing is null and copies the lists. */
    public MessageSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(messageId, "messageId");
        attachmentNames = List.copyOf(attachmentNames);
    }

    /** Whether the message has at least one attachment. */
    public boolean hasAttachments() {
        return !attachmentNames.isEmpty();
    }
}
