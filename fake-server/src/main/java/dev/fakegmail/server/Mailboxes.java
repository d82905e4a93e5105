package dev.fakegmail.server;

import dev.fakegmail.server.internal.store.MailStore;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The GreenMail mailboxes (each recipient's INBOX, the sender's {@code [Gmail]/Sent Mail}), filled from the accepted
 * messages when a mailbox is first read. Storing a message in GreenMail copies and parses it twice; doing that on the
 * reply path would cost every send, and most tests read the journal only.
 */
final class Mailboxes {
    private final MailStore store = new MailStore();
    private final Queue<ReceivedMessage> pending = new ConcurrentLinkedQueue<>();
    private final Map<String, List<MailStore.Placement>> placed = new HashMap<>();

    /** Notes an accepted message; it reaches GreenMail before the next read of any mailbox. */
    void accepted(ReceivedMessage message) {
        pending.add(message);
    }

    /** The messages in a person's folder, every accepted message included. */
    synchronized List<MimeMessage> folder(String address, String folder) {
        for (ReceivedMessage message = pending.poll(); message != null; message = pending.poll()) {
            placed.put(message.id(), store.deliver(message.envelope().account(), message.envelope().recipients(),
                    message.rawBytes()));
        }
        return store.folder(address, folder);
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
