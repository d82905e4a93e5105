package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.ReceivedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One account's mail as the Gmail API sees it (docs/gmail-api.md §4), read from the server's accepted messages: what
 * the account sent carries {@code SENT}, what was addressed to it {@code INBOX} and {@code UNREAD}. A message's id is
 * its server id as 16 hex digits, and it is its own thread.
 */
final class Mailbox {
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{1,16}");

    private final FakeGmailServer gmail;
    private final GmailAccount account;

    Mailbox(FakeGmailServer gmail, GmailAccount account) {
        this.gmail = gmail;
        this.account = account;
    }

    /** The Gmail API id of a server message. */
    static String id(ReceivedMessage message) {
        return String.format("%016x", Long.parseLong(message.id()));
    }

    /** This account's messages, newest first. */
    List<ReceivedMessage> messages() {
        List<ReceivedMessage> mine = new ArrayList<>(gmail.receivedMessages().stream()
                .filter(m -> !labels(m).isEmpty()).toList());
        java.util.Collections.reverse(mine);
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
        Optional<ReceivedMessage> message = gmail.message(Long.toString(number));
        return message.filter(m -> !labels(m).isEmpty()).orElseThrow(() -> GoogleError.notFound().refused());
    }

    /** Its labels for this account: {@code SENT} if the account sent it, {@code INBOX}, {@code UNREAD} if it got it. */
    List<String> labels(ReceivedMessage message) {
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
