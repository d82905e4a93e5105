package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code awaitMessages} signals a timeout with its own exception type, whose message lists what did arrive. */
class AwaitMessagesTest {

    @Test
    void aTimeoutIsAMessagesNotReceivedExceptionListingWhatArrived() throws Exception {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).build().start()) {
            MimeMessage message = new MimeMessage(gmail.profile().session());
            message.setFrom("user@gmail.com");
            message.setRecipients(Message.RecipientType.TO, "bob@example.com");
            message.setSubject("the only one");
            message.setText("Hello Bob!");
            Transport.send(message);

            assertThatThrownBy(() -> gmail.awaitMessages(2, Duration.ofMillis(100)))
                    .isInstanceOf(MessagesNotReceivedException.class)
                    .hasMessageStartingWith("Expected 2 messages within PT0.1S but 1 arrived: [ReceivedMessage[")
                    .hasMessageContaining("subject=the only one]")
                    .satisfies(e -> {
                        MessagesNotReceivedException timeout = (MessagesNotReceivedException) e;
                        assertThat(timeout.expected()).isEqualTo(2);
                        assertThat(timeout.timeout()).isEqualTo(Duration.ofMillis(100));
                    });
        }
    }

    @Test
    void anInterruptedWaitIsAnIllegalStateNotATimeout() {
        FakeGmailServer gmail = FakeGmailServer.builder().build();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> gmail.awaitMessages(1, Duration.ofSeconds(10)))
                    .isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessage("Interrupted while waiting for 1 messages; 0 had arrived");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
