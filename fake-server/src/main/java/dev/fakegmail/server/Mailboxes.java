package dev.fakegmail.server;

import dev.fakegmail.server.internal.delivery.Bounce;
import dev.fakegmail.server.internal.store.MailStore;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The GreenMail mailboxes (each recipient's INBOX, the sender's {@code [Gmail]/Sent Mail}, everyone's
 * {@code [Gmail]/All Mail}), filled from the accepted messages when a mailbox is next read (by a test or an IMAP
 * command). Storing a message in GreenMail copies and parses it twice; doing that on the
 * reply path would cost every send, and most tests read the journal only.
 */
final class Mailboxes {
    private final MailStore store = new MailStore();
    private final Queue<ReceivedMessage> pending = new ConcurrentLinkedQueue<>();
    private final Map<String, List<MailStore.Placement>> placed = new HashMap<>();
    private final Set<String> missing;

    /** Mailboxes where the addresses in {@code missingRecipients} (lower case) do not exist: mail to them bounces. */
    Mailboxes(Set<String> missingRecipients) {
        this.missing = Set.copyOf(missingRecipients);
    }

    /** Notes an accepted message; it reaches GreenMail before the next read of any mailbox. */
    void accepted(ReceivedMessage message) {
        pending.add(message);
    }

    /** The messages in a person's folder, every accepted message included. */
    synchronized List<MimeMessage> folder(String address, String folder) {
        sync();
        return store.folder(address, folder);
    }

    /** Brings every accepted message into GreenMail; the IMAP door calls this before each command. */
    synchronized void sync() {
        for (ReceivedMessage message = pending.poll(); message != null; message = pending.poll()) {
            String sender = message.envelope().account();
            List<String> bounced = message.envelope().recipients().stream()
                    .filter(recipient -> missing.contains(recipient.toLowerCase(Locale.ROOT))).toList();
            List<String> delivered = message.envelope().recipients().stream()
                    .filter(recipient -> !bounced.contains(recipient)).toList();
            placed.put(message.id(), store.deliver(sender, delivered, message.rawBytes()));
            if (!bounced.isEmpty()) {
                store.receive(sender, Bounce.of(sender, bounced, message.rawBytes(), message.acceptedAt()));
            }
        }
    }

    /** Files a message from outside into a person's INBOX, after every accepted message. */
    synchronized void inbound(String address, byte[] data) {
        sync();
        store.receive(address, data);
    }

    /** The GreenMail store itself, for the IMAP door. */
    MailStore store() {
        return store;
    }

    /** Removes every copy of an accepted message (the recipients' and the Sent Mail one). */
    synchronized void delete(ReceivedMessage message) {
        pending.remove(message);
        List<MailStore.Placement> copies = placed.remove(message.id());
        if (copies != null) {
            store.remove(copies);
        }
    }

    /** Empties every mailbox. */
    synchronized void clear() {
        pending.clear();
        placed.clear();
        store.clear();
    }
}
