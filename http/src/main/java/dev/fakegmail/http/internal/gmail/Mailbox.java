package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.ReceivedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One account's mail as the Gmail API sees it (docs/gmail-api.md §4), for one request: its {@link AccountView},
 * caught up by the {@link MailboxSource} that handed it out. What the account sent carries {@code SENT}, what was
 * addressed to it or arrived in its INBOX {@code INBOX} and {@code UNREAD}. A message's id is a number as 16 hex
 * digits — an accepted message's server id, an arrival's {@code inbound-<n>} as 2^62 + n.
 */
final class Mailbox {
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{1,16}");
    private static final String INBOUND = "inbound-";
    private static final long ARRIVAL = 1L << 62;

    private final MailboxSource source;
    private final GmailAccount account;
    private final AccountView view;

    Mailbox(MailboxSource source, GmailAccount account, AccountView view) {
        this.source = source;
        this.account = account;
        this.view = view;
    }

    /** The Gmail API id of a server message. */
    static String id(ReceivedMessage message) {
        String hex = Long.toHexString(number(message));
        return "0".repeat(16 - hex.length()) + hex;
    }

    /** The number behind a message's Gmail API id. */
    static long number(ReceivedMessage message) {
        String id = message.id();
        return id.startsWith(INBOUND) ? ARRIVAL + Long.parseLong(id.substring(INBOUND.length())) : Long.parseLong(id);
    }

    /** The thread id of one of this account's messages: the id of its thread's first message (docs §4). */
    String threadId(ReceivedMessage message) {
        synchronized (source) {
            return entry(message).map(ViewEntry::threadId).orElse(id(message));
        }
    }

    /** The id of the last history record that changed the message ({@code Message.historyId}). */
    long historyId(ReceivedMessage message) {
        synchronized (source) {
            return entry(message).map(ViewEntry::historyId).orElse(view.history().latest());
        }
    }

    /** The mailbox's current history id ({@code Profile.historyId}). */
    long historyId() {
        synchronized (source) {
            return view.history().latest();
        }
    }

    /** This account's messages, newest first (a copy, for the views that scan). */
    List<ReceivedMessage> messages() {
        synchronized (source) {
            return view.newestFirst().stream().map(ViewEntry::message).toList();
        }
    }

    /** How many messages carry the label ({@code ""}: how many there are) and how many threads there are. */
    int count(String label) {
        synchronized (source) {
            return view.count(label);
        }
    }

    int threads() {
        synchronized (source) {
            return view.threads();
        }
    }

    /** A page of the messages {@code keep} keeps, newest first from {@code from} (see {@link AccountView#page}). */
    AccountView.Page page(Predicate<ViewEntry> keep, long from, int size) {
        synchronized (source) {
            return view.page(keep, from, size);
        }
    }

    /** The account's history (read under {@link #locked}). */
    AccountHistory history() {
        return view.history();
    }

    /** The lock that guards every view of this server. */
    Object locked() {
        return source;
    }

    /**
     * The message with this Gmail API id, if this account has it. Like Gmail, an id that is not a hexadecimal number
     * below 2^63 is a 400 ({@code ffffffffffffffff}, 17 digits, {@code nosuchid}); any other unknown id a 404.
     */
    ReceivedMessage find(String id) {
        long number;
        try {
            number = ID.matcher(id).matches() ? Long.parseLong(id, 16) : -1;
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 0) {
            throw GoogleError.invalidArgument("Invalid id value").refused();
        }
        synchronized (source) {
            return view.find(number).map(ViewEntry::message).orElseThrow(() -> GoogleError.notFound().refused());
        }
    }

    /** Its labels for this account: those {@link #setLabels set} last, or else the {@link #derived} ones. */
    List<String> labels(ReceivedMessage message) {
        synchronized (source) {
            return entry(message).map(view::labels).orElseGet(() -> derived(message));
        }
    }

    /** Replaces its labels for this account ({@code messages.modify}, {@code trash}, {@code untrash}). */
    void setLabels(ReceivedMessage message, List<String> labels) {
        synchronized (source) {
            entry(message).ifPresent(entry -> view.relabel(entry, labels, source::next));
        }
    }

    /** Deletes it for good through the API: from the server and every view, with a {@code messageDeleted} record. */
    void delete(ReceivedMessage message) {
        synchronized (source) {
            source.gmail().deleteMessage(message.id());
            source.deleted(message);
        }
    }

    /**
     * Its labels for this account as the model says, before any change: {@code SENT} if the account sent it,
     * {@code INBOX}, {@code UNREAD} if it got it (as a recipient of a submission, or an arrival in its INBOX); empty
     * when the message is not this account's.
     */
    List<String> derived(ReceivedMessage message) {
        List<String> labels = new ArrayList<>();
        if (message.envelope().account().equalsIgnoreCase(account.address())) {
            labels.add("SENT");
        }
        if (message.envelope().recipients().stream().anyMatch(r -> r.equalsIgnoreCase(account.address()))) {
            labels.add("INBOX");
            labels.add("UNREAD");
        }
        return labels;
    }

    private Optional<ViewEntry> entry(ReceivedMessage message) {
        return view.find(number(message)).filter(entry -> entry.message() == message);
    }
}
