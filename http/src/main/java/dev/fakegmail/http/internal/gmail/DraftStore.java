package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.ReceivedMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One server's drafts (docs/gmail-api.md §5), per account, in the order they last changed. Draft ids are {@code r1},
 * {@code r2}, …; a draft message's number is 2^61 + n (its Gmail API id {@code 2000000000000001}, …), clear of the
 * accepted messages' numbers and of the arrivals' 2^62 + n. Both count from 1 again, and every draft is gone, once
 * the server was {@link FakeGmailServer#reset() reset} (seen at the next call). Bounded: at most
 * {@value #MAX_DRAFTS} drafts per account and {@value #MAX_BYTES} bytes of drafts' messages per server (chosen), so a
 * client that never sends cannot fill the heap. Thread-safe: one lock, so a draft is sent at most once.
 */
final class DraftStore {
    /** The number of the first draft message, less one. */
    static final long MESSAGE_BASE = 1L << 61;
    /** The most drafts one account keeps. */
    static final int MAX_DRAFTS = 1000;
    /** The most bytes the drafts' messages of one server take together (200 MiB). */
    static final long MAX_BYTES = 200L << 20;

    private final FakeGmailServer gmail;
    private final int maxDrafts;
    private final long maxBytes;
    private final Map<String, Map<String, Draft>> byAccount = new HashMap<>();
    private long resets;
    private long drafts;
    private long messages;
    private long bytes;

    DraftStore(FakeGmailServer gmail) {
        this(gmail, MAX_DRAFTS, MAX_BYTES);
    }

    DraftStore(FakeGmailServer gmail, int maxDrafts, long maxBytes) {
        this.gmail = gmail;
        this.maxDrafts = maxDrafts;
        this.maxBytes = maxBytes;
        this.resets = gmail.resets();
    }

    /**
     * A new draft of {@code rfc822}, in the thread {@code threadId} names if any.
     *
     * @throws dev.fakegmail.server.MessageRefusedException when Gmail would not keep the message
     */
    synchronized Draft create(GmailAccount account, byte[] rfc822, Optional<String> threadId) {
        current();
        if (mine(account).size() >= maxDrafts) {
            throw GoogleError.tooManyDrafts(maxDrafts).refused();
        }
        Draft draft = compose(account, "r" + (drafts + 1), rfc822, threadId, 0);
        drafts++;
        put(account, draft);
        return draft;
    }

    /**
     * The draft {@code id} with a new message (a new message id; the thread kept unless {@code threadId} names one).
     *
     * @throws RefusedException 404 when the account has no such draft
     */
    synchronized Draft update(GmailAccount account, String id, byte[] rfc822, Optional<String> threadId) {
        Draft old = find(account, id);
        Draft draft = compose(account, id, rfc822, threadId.or(() -> Optional.of(old.threadId())), old.size());
        remove(account, id);
        put(account, draft);
        return draft;
    }

    /**
     * The draft with this id.
     *
     * @throws RefusedException 404 when the account has no such draft
     */
    synchronized Draft find(GmailAccount account, String id) {
        current();
        return Optional.ofNullable(mine(account).get(id)).orElseThrow(() -> GoogleError.notFound().refused());
    }

    /** The draft whose message has this Gmail API id, if the account has one. */
    synchronized Optional<Draft> byMessageId(GmailAccount account, String messageId) {
        current();
        return mine(account).values().stream().filter(d -> d.messageId().equals(messageId)).findFirst();
    }

    /** The account's drafts, the one changed last first. */
    synchronized List<Draft> list(GmailAccount account) {
        current();
        List<Draft> list = new ArrayList<>(mine(account).values());
        Collections.reverse(list);
        return list;
    }

    /**
     * Removes the draft.
     *
     * @throws RefusedException 404 when the account has no such draft
     */
    synchronized void delete(GmailAccount account, String id) {
        find(account, id);
        remove(account, id);
    }

    /**
     * Sends the draft with {@code sender} (given its message's bytes, or {@code replacement}) and removes it once that
     * returned; a refusal leaves it as it was.
     *
     * @throws RefusedException 404 when the account has no such draft, or what {@code sender} throws
     */
    synchronized <T> T send(GmailAccount account, String id, Optional<byte[]> replacement, Function<byte[], T> sender) {
        Draft draft = find(account, id);
        T sent = sender.apply(replacement.orElseGet(() -> draft.message().rawBytes()));
        remove(account, id);
        return sent;
    }

    /** A draft of a new message; {@code replacing} bytes of the draft it replaces are freed when it is kept. */
    private Draft compose(GmailAccount account, String id, byte[] rfc822, Optional<String> threadId,
                          long replacing) {
        ReceivedMessage message = gmail.composeAs(account, Long.toString(MESSAGE_BASE + messages + 1), rfc822);
        int size = message.rawBytes().length;
        if (bytes - replacing + size > maxBytes) {
            throw GoogleError.draftsTooLarge(maxBytes).refused();
        }
        messages++;
        return new Draft(id, message, threadId.orElseGet(() -> Mailbox.id(message)), size);
    }

    private void put(GmailAccount account, Draft draft) {
        mine(account).put(draft.id(), draft);
        bytes += draft.size();
    }

    private void remove(GmailAccount account, String id) {
        Draft gone = mine(account).remove(id);
        bytes -= gone == null ? 0 : gone.size();
    }

    private Map<String, Draft> mine(GmailAccount account) {
        return byAccount.computeIfAbsent(account.address().toLowerCase(Locale.ROOT), a -> new LinkedHashMap<>());
    }

    /** Forgets every draft once the server was reset since the last call. */
    private void current() {
        long now = gmail.resets();
        if (now != resets) {
            byAccount.clear();
            drafts = 0;
            messages = 0;
            bytes = 0;
            resets = now;
        }
    }
}
