package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * docs/gmail-api.md §5 (drafts): {@link FakeGmailServer#composeAs} keeps a message without sending it, and
 * {@link FakeGmailServer#resets()} counts resets for the state the HTTP side keeps beside the server.
 */
class ComposeAsTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final FakeGmailServer gmail = FakeGmailServer.builder().clock(TestClock.fixedAt(NOW))
            .account(AccountSettings.of("alice@gmail.com")).build();
    private final GmailAccount alice = gmail.defaultAccount();

    @AfterEach
    void close() {
        gmail.close();
    }

    @Test
    void aComposedMessageIsKeptAsWrittenAndNothingIsSent() {
        ReceivedMessage draft = gmail.composeAs(alice, "2305843009213693953", bytes("From: someone@example.com\n"
                + "To: bob@example.com\nBcc: dave@example.com\nSubject: Later\n\nNot yet\n"));

        assertThat(draft.id()).isEqualTo("2305843009213693953");
        assertThat(new String(draft.rawBytes(), StandardCharsets.US_ASCII)).isEqualTo("From: someone@example.com\r\n"
                + "To: bob@example.com\r\nBcc: dave@example.com\r\nSubject: Later\r\n\r\nNot yet\r\n");
        assertThat(draft.envelope()).isEqualTo(new Envelope("alice@gmail.com", "alice@gmail.com",
                List.of("bob@example.com", "dave@example.com")));
        assertThat(draft.acceptedAt()).isEqualTo(NOW);
        assertThat(draft.text()).isEqualTo("Not yet\r\n");
        assertThat(gmail.receivedMessages()).isEmpty();
        assertThat(gmail.message("2305843009213693953")).isEmpty();
        assertThat(gmail.mailbox("bob@example.com", "INBOX")).isEmpty();
        assertThat(gmail.activity()).isEmpty();
        assertThat(alice.sentInLast24Hours()).isZero();
    }

    @Test
    void aDraftMayHaveNoRecipientButNotAnInvalidHeader() {
        ReceivedMessage noRecipient = gmail.composeAs(alice, "1", bytes("Subject: Ideas\n\nx\n"));
        MessageRefusedException invalid = catchThrowableOfType(MessageRefusedException.class,
                () -> gmail.composeAs(alice, "2", bytes("To: bob@@example.com, <\nSubject: x\n\nx\n")));

        assertThat(noRecipient.envelope().recipients()).isEmpty();
        assertThat(invalid.reason()).isEqualTo(MessageRefusedException.Reason.INVALID_RECIPIENT);
        assertThat(invalid).hasMessage("Invalid To header");
    }

    @Test
    void resetsCountsEveryReset() {
        long before = gmail.resets();

        gmail.reset();
        gmail.reset();

        assertThat(before).isZero();
        assertThat(gmail.resets()).isEqualTo(2);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
