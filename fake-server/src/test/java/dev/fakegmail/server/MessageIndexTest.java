package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summaries list views read, the pages over them, and the retention cap, through real SMTP sends. */
class MessageIndexTest {
    private static final Duration LONG = Duration.ofSeconds(30);

    private static void send(FakeGmailServer gmail, String to, String subject, boolean attachment) throws Exception {
        MimeMessage message = new MimeMessage(gmail.profile().session());
        message.setFrom("Zoë <user@gmail.com>");
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        if (attachment) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText("See the invoice.");
            MimeBodyPart file = new MimeBodyPart();
            file.setContent("PDF", "application/pdf");
            file.setFileName("invoice-114.pdf");
            message.setContent(new MimeMultipart(text, file));
        } else {
            message.setText("Hello");
        }
        Transport.send(message);
    }

    @Test
    void theSummaryHoldsWhatListsReadAndAgreesWithTheMessage() throws Exception {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).build().start()) {
            send(gmail, "Bob <bob@example.com>", "Invoice 2026-114 ✓", true);
            ReceivedMessage message = gmail.awaitMessages(1, LONG).get(0);

            MessageSummary summary = message.summary();

            assertThat(summary.id()).isEqualTo(message.id());
            assertThat(summary.from()).isEqualTo(message.from()).isEqualTo("Zoë <user@gmail.com>");
            assertThat(summary.to()).isEqualTo(message.to()).containsExactly("bob@example.com");
            assertThat(summary.subject()).isEqualTo("Invoice 2026-114 ✓");
            assertThat(summary.messageId()).isEqualTo(message.header("Message-ID").stream().findFirst());
            assertThat(summary.size()).isEqualTo(message.rawBytes().length);
            assertThat(summary.attachmentNames()).containsExactly("invoice-114.pdf");
            assertThat(summary.hasAttachments()).isTrue();
            assertThat(summary.envelope()).isEqualTo(message.envelope());
            assertThat(summary.acceptedAt()).isEqualTo(message.acceptedAt());
        }
    }

    @Test
    void pagesAndFiltersOfTheServer() throws Exception {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).build().start()) {
            send(gmail, "bob@example.com", "first", false);
            send(gmail, "carol@example.com", "second", true);
            send(gmail, "bob@example.com", "third", false);
            gmail.awaitMessages(3, LONG);

            MessagePage newest = gmail.messages(MessageQuery.builder().pageSize(2).build());
            MessagePage withFile = gmail.messages(MessageQuery.builder().hasAttachment(true).build());
            MessagePage toBob = gmail.messages(MessageQuery.builder().deliveredTo("BOB@example.com").build());
            MessagePage sent = gmail.messages(MessageQuery.builder().sentBy("user@gmail.com").attachmentName(".PDF")
                    .build());

            assertThat(subjects(newest)).containsExactly("third", "second");
            assertThat(newest.nextPageToken()).contains("1");
            assertThat(subjects(withFile)).containsExactly("second");
            assertThat(subjects(toBob)).containsExactly("third", "first");
            assertThat(toBob.matching()).isEqualTo(2);
            assertThat(subjects(sent)).containsExactly("second");
        }
    }

    @Test
    void theRetentionCapRemovesTheOldestEverywhereAndRecordsEachRemoval() throws Exception {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).maxMessages(2).build()
                .start()) {
            send(gmail, "bob@example.com", "one", false);
            send(gmail, "bob@example.com", "two", false);
            gmail.awaitMessages(2, LONG);
            send(gmail, "bob@example.com", "three", false);
            assertThat(gmail.awaitNewestChange("2", LONG)).isTrue();

            assertThat(gmail.receivedMessages()).extracting(ReceivedMessage::subject).containsExactly("two", "three");
            assertThat(gmail.message("1")).isEmpty();
            assertThat(gmail.mailbox("bob@example.com", "INBOX")).extracting(MimeMessage::getSubject)
                    .containsExactly("two", "three");
            List<ActivityEvent> removals = gmail.activity().stream()
                    .filter(event -> event.kind() == ActivityEvent.Kind.MESSAGE_REMOVED).toList();
            assertThat(removals).extracting(ActivityEvent::detail).containsExactly("1");
            assertThat(removals.get(0).account()).contains("user@gmail.com");
        }
    }

    private static List<String> subjects(MessagePage page) {
        return page.messages().stream().map(ReceivedMessage::subject).toList();
    }
}
