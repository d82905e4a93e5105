package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.ReceivedMessage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One server's door state (docs/gmail-api.md §4): a view of each account's mailbox, kept in step with the server
 * incrementally. Each request first catches up, under this object's lock, with what arrived since the last one —
 * every new message goes into the view of each account it belongs to (its sender's with {@code SENT}, each
 * recipient's with {@code INBOX} and {@code UNREAD}), its thread worked out once — so a list page and a get cost
 * the same at 100,000 messages as at 10. Every change gets the next id of one increasing history counter.
 */
final class MailboxSource {
    private final FakeGmailServer gmail;
    private final LabelState labels;
    private final ServerFeed feed;
    private final Map<String, AccountView> views = new HashMap<>();
    private long historyId = 1;
    private long floor;
    private int lastRead;

    /** Empty; {@code labels} keeps what {@code modify}, {@code trash} and {@code untrash} set. */
    MailboxSource(FakeGmailServer gmail, LabelState labels) {
        this.gmail = gmail;
        this.labels = labels;
        this.feed = new ServerFeed(gmail);
    }

    FakeGmailServer gmail() {
        return gmail;
    }

    /** The account's mailbox, caught up with the server (and its history expired if the account asked). */
    synchronized Mailbox of(GmailAccount account) {
        catchUp();
        AccountView view = view(account.address());
        view.history().expireIfAsked(account.gmailApiHistoryExpirations(), this::next);
        return new Mailbox(this, account, view);
    }

    /** A message the door deleted: gone from every view, with a {@code messageDeleted} record in each. */
    synchronized void deleted(ReceivedMessage message) {
        feed.forget(message);
        long number = Mailbox.number(message);
        views.values().forEach(view -> view.remove(number, this::next));
    }

    /** How many new or removed messages the last catch-up read (the work it did; for tests). */
    synchronized int lastRead() {
        return lastRead;
    }

    /** How many times a catch-up read the whole journal again (for tests). */
    synchronized int fullReads() {
        return feed.fullReads();
    }

    /** The next history id. */
    synchronized long next() {
        return ++historyId;
    }

    private void catchUp() {
        ServerFeed.Changes changes = feed.read();
        lastRead = changes.added().size() + changes.removed().size();
        if (changes.afresh()) {
            views.clear();
            floor = next(); // a reset: every history id handed out before is too old
        } else {
            for (ReceivedMessage message : changes.removed()) {
                long number = Mailbox.number(message);
                views.values().forEach(view -> view.remove(number, this::next));
            }
        }
        for (ReceivedMessage message : changes.added()) {
            Threads.Keys keys = Threads.keys(message);
            owners(message).forEach((address, derived) -> view(address).add(message, keys, derived, next()));
        }
    }

    /** The accounts a message belongs to, each with the labels the model gives it there. */
    private static Map<String, List<String>> owners(ReceivedMessage message) {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        String sender = message.envelope().account().toLowerCase(Locale.ROOT);
        if (!sender.isEmpty()) {
            owners.put(sender, List.of("SENT"));
        }
        for (String recipient : message.envelope().recipients()) {
            String address = recipient.toLowerCase(Locale.ROOT);
            owners.merge(address, List.of("INBOX", "UNREAD"), (sent, inbox) -> sent.contains("INBOX") ? sent
                    : List.of("SENT", "INBOX", "UNREAD"));
        }
        return owners;
    }

    private AccountView view(String address) {
        return views.computeIfAbsent(address.toLowerCase(Locale.ROOT), key -> new AccountView(key, labels,
                new AccountHistory(historyId, floor, gmail.findAccount(key)
                        .map(GmailAccount::gmailApiHistoryExpirations).orElse(0L))));
    }
}
