package dev.fakegmail.server;

import dev.fakegmail.server.internal.store.MessageJournal;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * What a {@link FakeGmailServer} took in, kept in step: the journal of accepted submissions and the mailboxes that
 * hold their copies (and inbound mail). Deleting a message removes it from both.
 */
final class Received {
    private final MessageJournal journal;
    private final Mailboxes mailboxes;

    /** Empty; {@code maxMessages} caps the journal (0: no cap). */
    Received(Mailboxes mailboxes, int maxMessages) {
        this.mailboxes = mailboxes;
        this.journal = new MessageJournal(maxMessages);
    }

    MessageJournal journal() {
        return journal;
    }

    Mailboxes mailboxes() {
        return mailboxes;
    }

    List<MimeMessage> folder(String address, String folder) {
        return mailboxes.folder(address, folder);
    }

    /** Puts mail from outside into the {@code INBOX} of {@code address}; the journal does not list it. */
    ReceivedMessage inbound(String address, byte[] rfc822, Instant arrivedAt) {
        return mailboxes.inbound(address, rfc822, arrivedAt);
    }

    /** Inbound mail and bounces, oldest first. */
    List<ReceivedMessage> arrivals() {
        return mailboxes.arrivals();
    }

    List<ReceivedMessage> all() {
        return journal.snapshot();
    }

    List<ReceivedMessage> await(int count, Duration timeout) {
        try {
            return journal.await(count, timeout);
        } catch (TimeoutException e) {
            throw new MessagesNotReceivedException(e.getMessage(), count, timeout);
        }
    }

    MessagePage page(MessageQuery query) {
        return journal.page(query, query.needs());
    }

    boolean awaitNewest(String newestId, Duration timeout) {
        return journal.awaitNewest(newestId, timeout);
    }

    /** Removes the oldest messages beyond the cap from the journal and the mailboxes (see {@link MessageJournal}). */
    List<ReceivedMessage> trim() {
        List<ReceivedMessage> removed = journal.trim();
        removed.forEach(mailboxes::delete);
        return removed;
    }

    Optional<ReceivedMessage> find(String id) {
        if (id.startsWith(Arrivals.PREFIX)) {
            return mailboxes.arrivals().stream().filter(m -> m.id().equals(id)).findFirst();
        }
        return journal.find(id);
    }

    boolean delete(String id) {
        if (id.startsWith(Arrivals.PREFIX)) {
            return mailboxes.deleteArrival(id).isPresent();
        }
        Optional<ReceivedMessage> deleted = journal.delete(id);
        deleted.ifPresent(mailboxes::delete);
        return deleted.isPresent();
    }

    /** Empties the journal and the mailboxes; the next id follows the last one. */
    void deleteAll() {
        journal.deleteAll();
        mailboxes.clear(false);
    }

    /** Empties both and numbers the next message from 1 again. */
    void clear() {
        journal.clear();
        mailboxes.clear(true);
    }
}
