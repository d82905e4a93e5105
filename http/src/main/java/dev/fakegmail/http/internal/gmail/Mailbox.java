package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.ReceivedMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One account's mail as the Gmail API sees it (docs/gmail-api.md §4), read from the server's accepted messages and
 * its arrivals (inbound mail and bounces): what the account sent carries {@code SENT}, what was addressed to it or
 * arrived in its INBOX {@code INBOX} and {@code UNREAD}. A message's id is a number as 16 hex digits — an accepted
 * message's server id, an arrival's {@code inbound-<n>} as 2^62 + n — and it is its own thread.
 */
final class Mailbox {
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{1,16}");
    private static final String INBOUND = "inbound-";
    private static final long ARRIVAL = 1L << 62;

    private final FakeGmailServer gmail;
    private final GmailAccount account;
    private final LabelState state;
    /** Each message's thread root, worked out once per request when first asked. */
    private Map<ReceivedMessage, ReceivedMessage> roots;

    Mailbox(FakeGmailServer gmail, GmailAccount account, LabelState state) {
        this.gmail = gmail;
        this.account = account;
        this.state = state;
    }

    /** The Gmail API id of a server message. */
    static String id(ReceivedMessage message) {
        return String.format("%016x", number(message));
    }

    /** The number behind a message's Gmail API id (also its {@code historyId}). */
    static long number(ReceivedMessage message) {
        String id = message.id();
        return id.startsWith(INBOUND) ? ARRIVAL + Long.parseLong(id.substring(INBOUND.length())) : Long.parseLong(id);
    }

    /** The thread id of one of this account's messages: the id of its thread's first message (docs §4). */
    String threadId(ReceivedMessage message) {
        if (roots == null) {
            List<ReceivedMessage> oldestFirst = new ArrayList<>(messages());
            Collections.reverse(oldestFirst);
            roots = Threads.roots(oldestFirst);
        }
        return id(roots.getOrDefault(message, message));
    }

    /** This account's messages, newest first (an arrival and a submission at the same instant: the arrival first). */
    List<ReceivedMessage> messages() {
        List<ReceivedMessage> mine = new ArrayList<>(gmail.receivedMessages());
        mine.addAll(gmail.inboundMessages());
        mine.removeIf(m -> derived(m).isEmpty());
        mine.sort(Comparator.comparing(ReceivedMessage::acceptedAt));
        Collections.reverse(mine);
        return mine;
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
        String serverId = number >= ARRIVAL ? INBOUND + (number - ARRIVAL) : Long.toString(number);
        Optional<ReceivedMessage> message = gmail.message(serverId);
        return message.filter(m -> !derived(m).isEmpty()).orElseThrow(() -> GoogleError.notFound().refused());
    }

    /** Its labels for this account: those {@link #setLabels set} last, or else the {@link #derived} ones. */
    List<String> labels(ReceivedMessage message) {
        return state.of(message, account.address()).orElseGet(() -> derived(message));
    }

    /** Replaces its labels for this account ({@code messages.modify}, {@code trash}, {@code untrash}). */
    void setLabels(ReceivedMessage message, List<String> labels) {
        state.set(message, account.address(), labels);
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
}
