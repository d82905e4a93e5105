package dev.fakegmail.server;

import dev.fakegmail.server.internal.store.MailStore;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
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
    /** The messages already in GreenMail, in the order they went there. Guarded by this. */
    private final List<ReceivedMessage> delivered = new ArrayList<>();

    /** Notes an accepted message; it reaches GreenMail before the next read of any mailbox. */
    void accepted(ReceivedMessage message) {
        pending.add(message);
    }

    /** The messages in a person's folder, every accepted message included. */
    synchronized List<MimeMessage> folder(String address, String folder) {
        deliverPending();
        return store.folder(address, folder);
    }

    /** Takes one message out of every mailbox it is in (GreenMail's folders are refilled without it). */
    synchronized void remove(ReceivedMessage message) {
        if (pending.remove(message) || !delivered.contains(message)) {
            return;
        }
        List<ReceivedMessage> kept = new ArrayList<>(delivered);
        kept.remove(message);
        store.clear();
        delivered.clear();
        kept.forEach(this::deliver);
    }

    private void deliverPending() {
        for (ReceivedMessage message = pending.poll(); message != null; message = pending.poll()) {
            deliver(message);
        }
    }

    private void deliver(ReceivedMessage message) {
        store.deliver(message.envelope().account(), message.envelope().recipients(), message.rawBytes());
        delivered.add(message);
    }

    /** Empties every mailbox. */
    synchronized void clear() {
        pending.clear();
        delivered.clear();
        store.clear();
    }
}
