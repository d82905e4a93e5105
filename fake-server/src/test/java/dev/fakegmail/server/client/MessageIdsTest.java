package dev.fakegmail.server.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Message ids, finding and deleting accepted messages: the journal and the mailboxes agree. */
class MessageIdsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeGmailServer gmail;

    @BeforeEach
    void start() {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).build().start();
    }

    @AfterEach
    void stop() {
        gmail.close();
    }

    @Test
    void idsCountFromOneAndFindTheMessage() throws MessagingException {
        send("first", "bob@example.com");
        send("second", "bob@example.com");

        assertThat(gmail.awaitMessages(2, WAIT)).extracting(ReceivedMessage::id).containsExactly("1", "2");
        assertThat(gmail.message("2")).map(ReceivedMessage::subject).contains("second");
        assertThat(gmail.message("3")).isEmpty();
        assertThat(gmail.message("two")).isEmpty();
    }

    @Test
    void deleteMessageRemovesItFromTheJournalAndEveryMailbox() throws MessagingException {
        send("keep", "bob@example.com");
        assertThat(gmail.mailbox("bob@example.com", "INBOX")).hasSize(1); // the first one is in GreenMail already
        send("drop", "bob@example.com", "carol@example.com");
        gmail.awaitMessages(2, WAIT);
        assertThat(subjects(gmail.mailbox("carol@example.com", "INBOX"))).containsExactly("drop");

        assertThat(gmail.deleteMessage("2")).isTrue();

        assertThat(gmail.receivedMessages()).extracting(ReceivedMessage::subject).containsExactly("keep");
        assertThat(subjects(gmail.mailbox("bob@example.com", "INBOX"))).containsExactly("keep");
        assertThat(gmail.mailbox("carol@example.com", "INBOX")).isEmpty();
        assertThat(subjects(gmail.mailbox("user@gmail.com", "[Gmail]/Sent Mail"))).containsExactly("keep");
        assertThat(gmail.deleteMessage("2")).isFalse();
    }

    @Test
    void deleteMessageBeforeAnyMailboxWasRead() throws MessagingException {
        send("never seen", "bob@example.com");
        gmail.awaitMessages(1, WAIT);

        assertThat(gmail.deleteMessage("1")).isTrue();

        assertThat(gmail.mailbox("bob@example.com", "INBOX")).isEmpty();
        assertThat(gmail.receivedMessages()).isEmpty();
    }

    @Test
    void deleteMessagesKeepsTheNumberingAndResetRestartsIt() throws MessagingException {
        send("one", "bob@example.com");
        gmail.awaitMessages(1, WAIT);

        gmail.deleteMessages();

        assertThat(gmail.receivedMessages()).isEmpty();
        assertThat(gmail.mailbox("bob@example.com", "INBOX")).isEmpty();
        send("two", "bob@example.com");
        assertThat(gmail.awaitMessages(1, WAIT)).extracting(ReceivedMessage::id).containsExactly("2");

        gmail.reset();
        send("three", "bob@example.com");
        assertThat(gmail.awaitMessages(1, WAIT)).extracting(ReceivedMessage::id).containsExactly("1");
    }

    private void send(String subject, String... recipients) throws MessagingException {
        MimeMessage message = new MimeMessage(gmail.profile().session());
        message.setFrom("user@gmail.com");
        for (String recipient : recipients) {
            message.addRecipients(Message.RecipientType.TO, recipient);
        }
        message.setSubject(subject);
        message.setText("Hello");
        Transport.send(message);
    }

    private static List<String> subjects(List<MimeMessage> messages) throws MessagingException {
        List<String> subjects = new java.util.ArrayList<>();
        for (MimeMessage message : messages) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }
}
