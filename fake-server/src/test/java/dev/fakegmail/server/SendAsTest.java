package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * docs/gmail-api.md §5: {@link FakeGmailServer#sendAs} is the Gmail API's send, and takes the SMTP submission's
 * path — Gmail's rewrite, the journal, the mailboxes, bounces, the daily limit and the activity log.
 */
class SendAsTest {
    private final FakeGmailServer gmail = FakeGmailServer.builder()
            .clock(TestClock.fixedAt(Instant.parse("2026-03-02T10:00:00Z")))
            .account(AccountSettings.of("alice@gmail.com").withDailySendingLimit(2))
            .missingRecipient("nobody@example.com").build();
    private final GmailAccount alice = gmail.defaultAccount();

    @AfterEach
    void close() {
        gmail.close();
    }

    @Test
    void theMessageIsRewrittenAndFiledLikeAnSmtpSubmission() throws Exception {
        ReceivedMessage sent = gmail.sendAs(alice, bytes("From: Mallory <mallory@example.com>\nTo: bob@example.com\n"
                + "Cc: carol@example.com, nobody@example.com\nBcc: dave@example.com\nSubject: Hi\n\nHello\n"));

        assertThat(sent.id()).isEqualTo("1");
        assertThat(sent.envelope()).isEqualTo(new Envelope("alice@gmail.com", "alice@gmail.com",
                List.of("bob@example.com", "carol@example.com", "nobody@example.com", "dave@example.com")));
        assertThat(sent.sessionId()).isEqualTo("GMAIL_API-1");
        assertThat(sent.authMechanism()).isEqualTo("GMAIL_API");
        assertThat(new String(sent.rawBytes(), StandardCharsets.US_ASCII)).startsWith(
                "Received: from 1000000000000 named unknown by gmailapi.google.com with HTTPREST;"
                        + " Mon, 02 Mar 2026 02:00:00 -0800 (PST)\r\nFrom: Mallory <alice@gmail.com>\r\n"
                        + "X-Google-Original-From: Mallory <mallory@example.com>\r\nTo: bob@example.com\r\n")
                .contains("\r\nMessage-ID: <", "@mx.google.com>\r\n", "\r\nDate: Mon, 02 Mar 2026 02:00:00 -0800 (PST)")
                .endsWith("\r\n\r\nHello\r\n");
        assertThat(gmail.awaitMessages(1, java.time.Duration.ofSeconds(1))).containsExactly(sent);
        assertThat(gmail.mailbox("alice@gmail.com", "[Gmail]/Sent Mail")).extracting(MimeMessage::getSubject)
                .containsExactly("Hi");
        assertThat(gmail.mailbox("bob@example.com", "INBOX")).hasSize(1);
        assertThat(gmail.mailbox("alice@gmail.com", "INBOX")).extracting(MimeMessage::getSubject)
                .containsExactly("Delivery Status Notification (Failure)");
        assertThat(gmail.activity()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(ActivityEvent.Kind.MESSAGE_ACCEPTED);
            assertThat(event.sessionId()).isEqualTo("GMAIL_API-1");
            assertThat(event.door()).isEqualTo(ActivityEvent.Door.GMAIL_API);
            assertThat(event.reply()).contains("200 OK");
            assertThat(event.detail()).isEqualTo("1");
        });
    }

    @Test
    void gmailRefusesNoRecipientABadHeaderAndThePastDailyLimit() {
        assertThat(refusal("Subject: x\r\n\r\nx\r\n")).satisfies(e -> {
            assertThat(e.reason()).isEqualTo(MessageRefusedException.Reason.NO_RECIPIENT);
            assertThat(e).hasMessage("Recipient address required");
        });
        assertThat(refusal("To: bob@@example.com, <\r\n\r\nx\r\n")).hasMessage("Invalid To header");
        gmail.sendAs(alice, bytes("To: bob@example.com\r\n\r\none\r\n"));
        gmail.sendAs(alice, bytes("To: bob@example.com\r\n\r\ntwo\r\n"));
        assertThat(refusal("To: bob@example.com\r\n\r\nthree\r\n")).satisfies(e -> {
            assertThat(e.reason()).isEqualTo(MessageRefusedException.Reason.DAILY_LIMIT);
            assertThat(e).hasMessage("Account alice@gmail.com sent 2 messages in the last 24 hours, its daily sending"
                    + " limit; wait, or raise it with AccountSettings dailySendingLimit(n)");
        });
        assertThat(gmail.receivedMessages()).hasSize(2);
        assertThat(alice.sentInLast24Hours()).isEqualTo(2);
    }

    private MessageRefusedException refusal(String message) {
        return catchThrowableOfType(MessageRefusedException.class, () -> gmail.sendAs(alice, bytes(message)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
