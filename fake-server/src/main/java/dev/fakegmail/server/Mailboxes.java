package dev.fakegmail.server;

import dev.fakegmail.server.internal.delivery.Bounce;
import dev.fakegmail.server.internal.store.MailStore;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The GreenMail mailboxes (each recipient's INBOX, the sender's {@code [Gmail]/Sent Mail}, everyone's
 * {@code [Gmail]/All Mail}), filled from the accepted messages off the reply path. Storing a message in GreenMail
 * copies and parses it for each folder; doing that before the {@code 250} would cost every send. So a message is
 * filed when a mailbox is next read (by a test or an IMAP command), or, while an IMAP session follows the
 * mailboxes (one is signed in, perhaps in IDLE), at once after its {@code 250} was flushed, by one filing thread:
 * GreenMail then tells the sessions that have the folder selected, and IDLE pushes {@code * n EXISTS}.
 */
final class Mailboxes {
    private static final long FILER_IDLE_SECONDS = 5;

    private final MailStore store = new MailStore();
    private final Queue<ReceivedMessage> pending = new ConcurrentLinkedQueue<>();
    private final Queue<ReceivedMessage> unbounced = new ConcurrentLinkedQueue<>();
    private final AtomicInteger followers = new AtomicInteger();
    private final AtomicBoolean filingQueued = new AtomicBoolean();
    private final ThreadPoolExecutor filer = new ThreadPoolExecutor(0, 1, FILER_IDLE_SECONDS, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "fake-gmail-filing");
                thread.setDaemon(true);
                return thread;
            });
    private RuntimeException filingFailure;
    private final Map<String, List<MailStore.Placement>> placed = new HashMap<>();
    private final Arrivals arrivals = new Arrivals();
    private final Set<String> missing;

    /** Mailboxes where the addresses in {@code missingRecipients} (lower case) do not exist: mail to them bounces. */
    Mailboxes(Set<String> missingRecipients) {
        this.missing = Set.copyOf(missingRecipients);
    }

    /** Notes an accepted message; it reaches GreenMail before the next read of any mailbox. */
    void accepted(ReceivedMessage message) {
        pending.add(message);
        unbounced.add(message);
    }

    /** An IMAP session signed in: from now on messages are filed as soon as their {@code 250} was flushed. */
    void follow() {
        followers.incrementAndGet();
    }

    /** A session that {@link #follow followed} ended. */
    void unfollow() {
        followers.decrementAndGet();
    }

    /**
     * A message's {@code 250} was flushed: while an IMAP session follows, the filing thread files every pending
     * message now (one queued run at a time; a run picks up whatever was accepted before it started).
     */
    void acknowledged() {
        if (followers.get() > 0 && filingQueued.compareAndSet(false, true)) {
            filer.execute(this::fileInBackground);
        }
    }

    private void fileInBackground() {
        filingQueued.set(false);
        try {
            sync();
        } catch (RuntimeException e) {
            synchronized (this) {
                filingFailure = e; // the next reader of a mailbox is told, as if it had filed the message itself
            }
        }
    }

    /** The messages in a person's folder, every accepted message included. */
    synchronized List<MimeMessage> folder(String address, String folder) {
        sync();
        return store.folder(address, folder);
    }

    /** Brings every accepted message into GreenMail; the IMAP door calls this before each command. */
    synchronized void sync() {
        RuntimeException failure = filingFailure;
        if (failure != null) {
            filingFailure = null;
            throw failure;
        }
        bounce();
        for (ReceivedMessage message = pending.poll(); message != null; message = pending.poll()) {
            String sender = message.envelope().account();
            List<String> delivered = message.envelope().recipients().stream()
                    .filter(recipient -> !missing.contains(recipient.toLowerCase(Locale.ROOT))).toList();
            placed.put(message.id(), store.deliver(sender, delivered, message.rawBytes()));
        }
    }

    /**
     * Makes the bounce of each accepted message with a {@code missingRecipients} address (once, in the sender's
     * INBOX), without filing the messages themselves: reading the arrivals need not pay for GreenMail's copies.
     */
    private void bounce() {
        for (ReceivedMessage message = unbounced.poll(); message != null; message = unbounced.poll()) {
            String sender = message.envelope().account();
            List<String> bounced = message.envelope().recipients().stream()
                    .filter(recipient -> missing.contains(recipient.toLowerCase(Locale.ROOT))).toList();
            if (!bounced.isEmpty()) {
                arrived(sender, Bounce.of(sender, bounced, message.rawBytes(), message.acceptedAt()),
                        message.acceptedAt());
            }
        }
    }

    /** Files a message from outside into a person's INBOX, after every accepted message; it is an arrival. */
    synchronized ReceivedMessage inbound(String address, byte[] data, Instant arrivedAt) {
        sync();
        return arrived(address, data, arrivedAt);
    }

    private ReceivedMessage arrived(String address, byte[] data, Instant arrivedAt) {
        List<MailStore.Placement> copies = store.receive(address, data);
        ReceivedMessage message = arrivals.add(address, data, arrivedAt);
        placed.put(message.id(), copies);
        return message;
    }

    /**
     * What arrived from outside (inbound mail and bounces, those of every accepted message), oldest first; the
     * accepted messages are not filed for it (a mailbox's next read does that).
     */
    synchronized List<ReceivedMessage> arrivals() {
        bounce();
        return arrivals.snapshot();
    }

    /** Removes an arrival and its copies; empty when there is none with this id. */
    synchronized Optional<ReceivedMessage> deleteArrival(String id) {
        Optional<ReceivedMessage> removed = arrivals.remove(id);
        removed.ifPresent(this::delete);
        return removed;
    }

    /** The GreenMail store itself, for the IMAP door. */
    MailStore store() {
        return store;
    }

    /** Removes every copy of an accepted message (the recipients' and the Sent Mail one). */
    synchronized void delete(ReceivedMessage message) {
        pending.remove(message);
        unbounced.remove(message);
        List<MailStore.Placement> copies = placed.remove(message.id());
        if (copies != null) {
            store.remove(copies);
        }
    }

    /** Empties every mailbox; {@code restart} numbers the next arrival {@code inbound-1} again. */
    synchronized void clear(boolean restart) {
        arrivals.clear(restart);
        pending.clear();
        unbounced.clear();
        placed.clear();
        filingFailure = null;
        store.clear();
    }
}
