package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
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
    void theIndexingThreadCatchesUpOnceIntakePausesWithoutAnySearch() throws Exception {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).build().start()) {
            send(gmail, "bob@example.com", "first", false);
            send(gmail, "carol@example.com", "second", true);
            gmail.awaitMessages(2, LONG);

            long deadline = System.nanoTime() + LONG.toNanos();
            while (gmail.journal().unindexedCount() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(ServerBackend.QUIET_MILLIS);
            }

            assertThat(gmail.journal().unindexedCount()).as("messages the indexing thread has not reached after "
                    + LONG).isZero();
            long before = gmail.journal().summariesChecked();
            assertThat(gmail.messages(MessageQuery.builder().subject("second").build()).messages()).hasSize(1);
            assertThat(gmail.journal().summariesChecked() - before).as("summaries a one-match search checked")
                    .isEqualTo(1);
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
    void aSearchOfTheServerChecksOnlyTheMessagesItsIndexNames() throws Exception {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).build().start()) {
            for (int i = 1; i <= 20; i++) {
                send(gmail, "bob@example.com", String.format("note %03d", i), i == 7);
            }
            gmail.sendAs(gmail.defaultAccount(), ("From: user@gmail.com\r\nTo: carol@example.com\r\n"
                    + "Subject: sent by the API\r\n\r\nHello\r\n").getBytes(StandardCharsets.US_ASCII));
            gmail.awaitMessages(21, LONG);
            gmail.messages(MessageQuery.builder().subject("note").build()); // indexes any the indexing thread has not
            long before = gmail.journal().summariesChecked();

            MessagePage one = gmail.messages(MessageQuery.builder().subject("NOTE 017").build());
            MessagePage byApi = gmail.messages(MessageQuery.builder().words("api carol").build());
            MessagePage file = gmail.messages(MessageQuery.builder().attachmentName("invoice").build());

            assertThat(subjects(one)).containsExactly("note 017");
            assertThat(subjects(byApi)).containsExactly("sent by the API");
            assertThat(subjects(file)).containsExactly("note 007");
            // a candidate may hold a filter's trigrams in different fields (digits of its Message-ID): a few more
            assertThat(gmail.journal().summariesChecked() - before).as("summaries checked by three searches")
                    .isBetween(3L, 9L);
            long beforeShort = gmail.journal().summariesChecked();
            assertThat(gmail.messages(MessageQuery.builder().subject("01").build()).matching()).isEqualTo(11); // 001, 010 to 019
            assertThat(gmail.journal().summariesChecked() - beforeShort).as("two characters: every summary")
                    .isEqualTo(21);
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
