package dev.fakegmail.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.MessageCorpus;
import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A message sent through the SMTP door is taken apart exactly like the same bytes made into a message directly
 * (Gmail changes headers only), and a malformed one still gets {@code 250}: its parts are read only when asked for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.SAME_THREAD)
class MessagePartsOverSmtpTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeGmailServer gmail;

    @BeforeAll
    void start() {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).build().start();
    }

    @AfterAll
    void stop() {
        gmail.close();
    }

    @Test
    void everyCorpusMessageArrivesWithTheSameParts() throws MessagingException {
        gmail.reset();
        List<MessageCorpus.Entry> corpus = MessageCorpus.entries();
        for (MessageCorpus.Entry entry : corpus) {
            sendAsIs(entry.bytes());
        }

        List<ReceivedMessage> received = gmail.awaitMessages(corpus.size(), WAIT);
        for (int i = 0; i < corpus.size(); i++) {
            ReceivedMessage direct = corpus.get(i).received();
            assertThat(received.get(i).text()).as(corpus.get(i).file()).isEqualTo(direct.text());
            assertThat(received.get(i).html()).as(corpus.get(i).file()).isEqualTo(direct.html());
            assertThat(received.get(i).attachments()).as(corpus.get(i).file()).isEqualTo(direct.attachments());
            assertThat(received.get(i).inlineParts()).as(corpus.get(i).file()).isEqualTo(direct.inlineParts());
        }
    }

    @Test
    void aMalformedMessageIsAcceptedAndFailsOnlyWhenItsPartsAreRead() throws MessagingException {
        gmail.reset();
        sendAsIs(String.join("\r\n", "From: user@gmail.com", "To: bob@example.com", "Subject: broken",
                "Content-Type: multipart/mixed; boundary=\"nowhere\"", "", "no parts at all", "")
                .getBytes(StandardCharsets.US_ASCII));

        ReceivedMessage message = gmail.awaitMessages(1, WAIT).get(0);

        assertThat(message.subject()).isEqualTo("broken");
        assertThatThrownBy(message::attachments).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot parse the received message " + message.sessionId() + " (reading its"
                        + " parts): ");
    }

    /** Sends the bytes unchanged: no {@code saveChanges()}, which would rebuild the MIME structure. */
    private void sendAsIs(byte[] bytes) throws MessagingException {
        Session session = gmail.profile().session();
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(bytes));
        try (Transport transport = session.getTransport()) {
            transport.connect();
            transport.sendMessage(message, new InternetAddress[] {new InternetAddress("bob@example.com")});
        }
    }
}
