package dev.fakegmail.assertions;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.InjectedFault;
import dev.fakegmail.server.MessagesNotReceivedException;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.Stage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on the messages a {@link FakeGmailServer} accepted. Obtain it from {@link FakeGmailAssertions}. */
public class FakeGmailServerAssert extends AbstractAssert<FakeGmailServerAssert, FakeGmailServer> {

    /** Creates the assertion; prefer {@link FakeGmailAssertions#assertThat(FakeGmailServer)}. */
    public FakeGmailServerAssert(FakeGmailServer actual) {
        super(actual, FakeGmailServerAssert.class);
    }

    /** Verifies that exactly {@code count} messages were accepted so far. */
    public FakeGmailServerAssert hasReceived(int count) {
        isNotNull();
        List<ReceivedMessage> received = actual.receivedMessages();
        if (received.size() != count) {
            failWithActualExpectedAndMessage(received.size(), count,
                    "%nExpecting the fake Gmail to have received:%n  %s message(s)%nbut it received %s:%n"
                            + listing(received), count, received.size());
        }
        return myself;
    }

    /**
     * Waits up to {@code timeout} until {@code count} messages were accepted (with {@link FakeGmailServer#awaitMessages}),
     * then verifies that exactly {@code count} were. For mail sent by another thread.
     */
    public FakeGmailServerAssert hasReceivedWithin(int count, Duration timeout) {
        isNotNull();
        Objects.requireNonNull(timeout, "timeout");
        try {
            actual.awaitMessages(count, timeout);
        } catch (MessagesNotReceivedException e) {
            List<ReceivedMessage> received = actual.receivedMessages();
            failWithActualExpectedAndMessage(received.size(), count,
                    "%nExpecting the fake Gmail to receive:%n  %s message(s)%nwithin %s, but it received %s:%n"
                            + listing(received), count, timeout, received.size());
        }
        return hasReceived(count);
    }

    /** Verifies that exactly one message was accepted and returns assertions on it. */
    public ReceivedMessageAssert singleMessage() {
        hasReceived(1);
        return new ReceivedMessageAssert(actual.receivedMessages().get(0));
    }

    /** Verifies that at least one message was delivered to {@code address} (an envelope recipient, ignoring case). */
    public FakeGmailServerAssert hasReceivedMessageTo(String address) {
        isNotNull();
        if (messagesTo(address).isEmpty()) {
            failWithMessage("%nExpecting the fake Gmail to have received a message to:%n  %s%n"
                    + "but the envelope recipients of its messages were:%n"
                    + listing(actual.receivedMessages(), message -> shown(message.envelope().recipients())), shown(address));
        }
        return myself;
    }

    /** Verifies that exactly one message was delivered to {@code address} and returns assertions on it. */
    public ReceivedMessageAssert singleMessageTo(String address) {
        isNotNull();
        List<ReceivedMessage> to = messagesTo(address);
        if (to.size() != 1) {
            failWithActualExpectedAndMessage(to.size(), 1, "%nExpecting the fake Gmail to have received a single "
                    + "message to:%n  %s%nbut it received %s:%n" + listing(to), shown(address), to.size());
        }
        return new ReceivedMessageAssert(to.get(0));
    }

    /** Verifies that at least one message has {@code address} in its {@code From:} header (ignoring case). */
    public FakeGmailServerAssert hasReceivedMessageFrom(String address) {
        isNotNull();
        boolean found = actual.receivedMessages().stream()
                .anyMatch(message -> Addresses.contains(Headers.addresses(message, "From"), address));
        if (!found) {
            failWithMessage("%nExpecting the fake Gmail to have received a message from:%n  %s%n"
                    + "but the From headers of its messages were:%n"
                    + listing(actual.receivedMessages(), message -> shown(message.from())), shown(address));
        }
        return myself;
    }

    /** Verifies that an injected fault struck at {@code stage} (see {@code server.faults()}). */
    public FakeGmailServerAssert hasFaultStruckAt(Stage stage) {
        isNotNull();
        List<InjectedFault> struck = actual.faults().struck();
        if (struck.stream().noneMatch(fault -> fault.stage() == stage)) {
            failWithMessage("%nExpecting an injected fault to have struck at:%n  %s%nbut the faults that struck were:%n  %s",
                    stage, shown(struck));
        }
        return myself;
    }

    /** Verifies how many injected faults struck. */
    public FakeGmailServerAssert hasFaultsStruck(int count) {
        isNotNull();
        List<InjectedFault> struck = actual.faults().struck();
        if (struck.size() != count) {
            failWithActualExpectedAndMessage(struck.size(), count,
                    "%nExpecting %s injected fault(s) to have struck but %s did:%n  %s", count, struck.size(),
                    shown(struck));
        }
        return myself;
    }

    private List<ReceivedMessage> messagesTo(String address) {
        Objects.requireNonNull(address, "address");
        return actual.receivedMessages().stream()
                .filter(message -> Addresses.contains(message.envelope().recipients(), address))
                .toList();
    }

    private String shown(Object value) {
        return info.representation().toStringOf(value);
    }

    private static String listing(List<ReceivedMessage> messages) {
        return listing(messages, ReceivedMessage::toString);
    }

    /** One message a line, ready to be part of a format string ({@code %} escaped). */
    private static String listing(List<ReceivedMessage> messages, Function<ReceivedMessage, String> shown) {
        if (messages.isEmpty()) {
            return "  (none)";
        }
        return messages.stream().map(message -> "  " + shown.apply(message).replace("%", "%%"))
                .collect(Collectors.joining("%n"));
    }

    /**
     * Assertions on one folder of a person's mailbox, every accepted message filed (the same folders IMAP serves),
     * e.g. {@code mailbox("alice@gmail.com", "[Gmail]/Sent Mail").containsSubjects("Welcome")}.
     */
    public MailboxAssert mailbox(String address, String folder) {
        isNotNull();
        return new MailboxAssert(actual.mailbox(address, folder), folder + " of " + address);
    }

}
