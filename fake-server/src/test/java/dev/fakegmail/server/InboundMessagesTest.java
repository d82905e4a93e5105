package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * docs/gmail-api.md §4: what arrives from outside — {@link FakeGmailServer#deliverInbound} and Gmail's bounces — is
 * kept with an id beside the journal, so the Gmail API can list and read it.
 */
class InboundMessagesTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final FakeGmailServer gmail = FakeGmailServer.builder().clock(TestClock.fixedAt(NOW))
            .account(AccountSettings.of("alice@gmail.com")).missingRecipient("nobody@example.com").build();

    @AfterEach
    void close() {
        gmail.close();
    }

    @Test
    void anArrivalHasAnIdItsOwnerAsRecipientAndItsBytesUnchanged() {
        byte[] reply = bytes("From: customer@example.com\r\nSubject: Re: Offer\r\n\r\nYes\r\n");

        ReceivedMessage arrival = gmail.deliverInbound("alice@gmail.com", reply);

        assertThat(arrival.id()).isEqualTo("inbound-1");
        assertThat(arrival.envelope()).isEqualTo(new Envelope("", "", List.of("alice@gmail.com")));
        assertThat(arrival.acceptedAt()).isEqualTo(NOW);
        assertThat(arrival.rawBytes()).isEqualTo(reply);
        assertThat(arrival.subject()).isEqualTo("Re: Offer");
        assertThat(gmail.inboundMessages()).containsExactly(arrival);
        assertThat(gmail.message("inbound-1")).contains(arrival);
        assertThat(gmail.receivedMessages()).isEmpty();
    }

    @Test
    void aBounceIsAnArrivalInTheSendersInbox() {
        gmail.sendAs(gmail.defaultAccount(), bytes("To: nobody@example.com\r\nSubject: Hi\r\n\r\nHello\r\n"));

        assertThat(gmail.inboundMessages()).singleElement().satisfies(bounce -> {
            assertThat(bounce.id()).isEqualTo("inbound-1");
            assertThat(bounce.envelope().recipients()).containsExactly("alice@gmail.com");
            assertThat(bounce.subject()).isEqualTo("Delivery Status Notification (Failure)");
        });
    }

    @Test
    void deletingRemovesTheCopiesAndOnlyResetNumbersFromOneAgain() throws Exception {
        gmail.deliverInbound("alice@gmail.com", bytes("Subject: one\r\n\r\n1\r\n"));
        gmail.deliverInbound("alice@gmail.com", bytes("Subject: two\r\n\r\n2\r\n"));

        assertThat(gmail.deleteMessage("inbound-1")).isTrue();
        assertThat(gmail.deleteMessage("inbound-1")).isFalse();
        assertThat(gmail.mailbox("alice@gmail.com", "INBOX")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("two"));
        gmail.deleteMessages();
        assertThat(gmail.inboundMessages()).isEmpty();
        assertThat(gmail.deliverInbound("alice@gmail.com", bytes("Subject: three\r\n\r\n3\r\n")).id())
                .isEqualTo("inbound-3");
        gmail.reset();
        assertThat(gmail.deliverInbound("alice@gmail.com", bytes("Subject: four\r\n\r\n4\r\n")).id())
                .isEqualTo("inbound-1");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
