package dev.fakegmail.assertions;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one folder of one person's Gmail mailbox ({@code INBOX}, {@code [Gmail]/Sent Mail}, …) as IMAP
 * would show it. Obtain it from {@link FakeGmailServerAssert#mailbox(String, String)}.
 */
public class MailboxAssert extends AbstractAssert<MailboxAssert, List<MimeMessage>> {
    private final String name;

    /** Creates the assertion for the messages of the folder named {@code name} (for failure messages). */
    public MailboxAssert(List<MimeMessage> messages, String name) {
        super(List.copyOf(messages), MailboxAssert.class);
        this.name = name;
    }

    /** Verifies that the folder holds exactly {@code count} messages. */
    public MailboxAssert hasSize(int count) {
        isNotNull();
        if (actual.size() != count) {
            failWithMessage("%nExpecting %s to hold:%n  %s message(s)%nbut it holds %s: %s", name, count,
                    actual.size(), subjects());
        }
        return myself;
    }

    /** Verifies that the folder is empty. */
    public MailboxAssert isEmpty() {
        return hasSize(0);
    }

    /** Verifies that the folder holds a message with each of these subjects (exact match), in any order. */
    public MailboxAssert containsSubjects(String... subjects) {
        isNotNull();
        List<String> held = subjects();
        List<String> missing = new ArrayList<>(Arrays.asList(subjects));
        missing.removeAll(held);
        if (!missing.isEmpty()) {
            failWithMessage("%nExpecting %s to contain messages with the subjects:%n  %s%nbut these are missing:%n"
                    + "  %s%nit holds: %s", name, Arrays.asList(subjects), missing, held);
        }
        return myself;
    }

    /** Verifies that the folder holds a message whose From header names {@code address} (ignoring case). */
    public MailboxAssert containsMessageFrom(String address) {
        isNotNull();
        List<String> senders = new ArrayList<>();
        for (MimeMessage message : actual) {
            senders.addAll(from(message));
        }
        if (senders.stream().noneMatch(sender -> sender.toLowerCase(Locale.ROOT)
                .contains(address.toLowerCase(Locale.ROOT)))) {
            failWithMessage("%nExpecting %s to contain a message from:%n  %s%nbut its senders are: %s", name, address,
                    senders);
        }
        return myself;
    }

    private List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : actual) {
            try {
                subjects.add(String.valueOf(message.getSubject()));
            } catch (MessagingException e) {
                subjects.add("(unreadable subject: " + e.getMessage() + ")");
            }
        }
        return subjects;
    }

    private static List<String> from(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            return from == null ? List.of() : Arrays.stream(from).map(Address::toString).toList();
        } catch (MessagingException e) {
            return List.of("(unreadable From: " + e.getMessage() + ")");
        }
    }
}
