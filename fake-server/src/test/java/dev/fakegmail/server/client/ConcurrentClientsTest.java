package dev.fakegmail.server.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** 32 clients × 50 messages, each connection with STARTTLS + AUTH: every acknowledged message stored exactly once. */
class ConcurrentClientsTest {
    private static final int CLIENTS = 32;
    private static final int MESSAGES = 50;

    @Test
    void everyAcknowledgedMessageIsStoredExactlyOnce() throws Exception {
        AccountSettings load = AccountSettings.of("load@gmail.com").withDailySendingLimit(CLIENTS * MESSAGES);
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).account(load).build().start()) {
            GmailSmtpProfile profile = gmail.profile();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int id = client;
                results.add(pool.submit(() -> sendAll(profile, id)));
            }
            List<String> acknowledged = new ArrayList<>();
            for (Future<List<String>> result : results) {
                acknowledged.addAll(result.get());
            }
            pool.shutdown();

            List<ReceivedMessage> stored = gmail.awaitMessages(CLIENTS * MESSAGES, Duration.ofSeconds(60));
            assertThat(stored).extracting(ReceivedMessage::subject)
                    .hasSize(CLIENTS * MESSAGES)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(acknowledged);
            assertThat(gmail.mailbox("bob@example.com", "INBOX")).hasSize(CLIENTS * MESSAGES);
        }
    }

    /** One connection per client: connect, STARTTLS, AUTH once, then 50 messages. */
    private static List<String> sendAll(GmailSmtpProfile profile, int client) throws MessagingException {
        Session session = profile.session();
        List<String> sent = new ArrayList<>();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(profile.username(), profile.password());
            for (int i = 0; i < MESSAGES; i++) {
                String subject = "client " + client + " message " + i;
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(profile.username()));
                message.setRecipients(Message.RecipientType.TO, "bob@example.com");
                message.setSubject(subject);
                message.setText("body of " + subject);
                transport.sendMessage(message, message.getAllRecipients());
                sent.add(subject);
            }
        }
        return sent;
    }
}
