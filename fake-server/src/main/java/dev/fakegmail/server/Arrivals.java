package dev.fakegmail.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Mail that arrived from outside into an account's INBOX — {@link FakeGmailServer#deliverInbound} and Gmail's
 * bounces — kept beside the journal of submissions so the Gmail API can list and read it (docs/gmail-api.md §4).
 * Each arrival is a {@link ReceivedMessage} whose id is {@code inbound-<n>}, whose envelope names no account, whose
 * {@code MAIL FROM} is empty and whose one recipient is the owner of the INBOX; its bytes are stored unchanged.
 * Guarded by the owning {@link Mailboxes}' lock.
 */
final class Arrivals {
    /** The prefix of an arrival's id: {@code inbound-1}, {@code inbound-2}, … */
    static final String PREFIX = "inbound-";

    private final List<ReceivedMessage> messages = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    ReceivedMessage add(String address, byte[] data, Instant arrivedAt) {
        String id = PREFIX + sequence.incrementAndGet();
        ReceivedMessage message = new ReceivedMessage(id, new Envelope("", "", List.of(address)),
                "INBOUND-" + sequence.get(), "", "", "", arrivedAt, MessageBytes.unchanged(data));
        messages.add(message);
        return message;
    }

    List<ReceivedMessage> snapshot() {
        return List.copyOf(messages);
    }

    Optional<ReceivedMessage> remove(String id) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).id().equals(id)) {
                return Optional.of(messages.remove(i));
            }
        }
        return Optional.empty();
    }

    /** Forgets every arrival; {@code restart} numbers the next one from 1 again. */
    void clear(boolean restart) {
        messages.clear();
        if (restart) {
            sequence.set(0);
        }
    }
}
