package dev.fakegmail.server;

import dev.fakegmail.server.internal.store.MailStore;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
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
            store.deliver(message.envelope().account(), message.envelope().recipients(), message.rawBytes());
        }
    }

    /** The GreenMail store itself, for the IMAP door. */
    MailStore store() {
        return store;
    }

    /** Empties every mailbox. */
    synchronized void clear() {
        pending.clear();
        store.clear();
    }
}
