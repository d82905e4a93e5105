package dev.fakegmail.server.robustness;

import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.protocol.RawSmtpClient;
import dev.fakegmail.server.protocol.TestMessages;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * docs/robustness.md case 12 under drops: 32 connections × 50 messages, each connection with STARTTLS + AUTH and
 * pipelined MAIL/RCPT/DATA, while 8 more connections deliver a few messages and then vanish in the middle of DATA
 * (reset or orderly close, some on the implicit-TLS port). Every message that got {@code 250} is stored exactly
 * once, and nothing else is; after {@code stop()} the server closed every still-open client socket, none of its
 * threads is alive (that the ports can be bound again at once is StopTest's: a connection test here could meet
 * another test's server on a reused port). The Angus Mail variant without drops is
 * {@code client.ConcurrentClientsTest}.
 */
class LoadTest {
    private static final int CLIENTS = 32;
    private static final int MESSAGES = 50;
    private static final int DROPPERS = 8;
    private static final int BEFORE_DROP = 5;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyAcknowledgedMessageIsStoredOnceAndNothingElseAndStopLeavesNothing() throws Exception {
        Arena arena = Arena.start();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> dropped = Collections.synchronizedList(new ArrayList<>());
        List<RawSmtpClient> open = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + DROPPERS);
        try {
            List<Future<?>> work = new ArrayList<>();
            AtomicInteger ids = new AtomicInteger();
            for (int i = 0; i < CLIENTS; i++) {
                work.add(pool.submit(() -> {
                    RawSmtpClient client = RawSmtpClient.connect(arena.server);
                    open.add(client);
                    client.login(Arena.ALICE.address(), Arena.ALICE.appPassword());
                    for (int m = 0; m < MESSAGES; m++) {
                        send(client, acknowledged);
                    }
                    return null; // the connection stays open until stop()
                }));
            }
            for (int i = 0; i < DROPPERS; i++) {
                int id = ids.incrementAndGet();
                work.add(pool.submit(() -> {
                    dropMidData(arena, id, acknowledged, dropped);
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }

            List<ReceivedMessage> stored = arena.server.awaitMessages(acknowledged.size(), Duration.ofSeconds(30));
            assertThat(acknowledged).hasSize(CLIENTS * MESSAGES + DROPPERS * BEFORE_DROP);
            assertThat(stored).extracting(ReceivedMessage::subject).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(acknowledged).doesNotContainAnyElementsOf(dropped);

            arena.close(); // stop(); no thread of the server alive, no warning or uncaught exception
            for (RawSmtpClient client : open) {
                client.readUntilClosed();
            }
        } finally {
            pool.shutdownNow();
            for (RawSmtpClient client : open) {
                client.close();
            }
            arena.close();
        }
    }

    /** MAIL, RCPT and DATA pipelined in one write, then the message; the token counts once its 250 was read. */
    private static void send(RawSmtpClient client, List<String> acknowledged) throws IOException {
        String token = TestMessages.token();
        client.send("MAIL FROM:<" + Arena.ALICE.address() + ">\r\nRCPT TO:<bob@example.com>\r\nDATA\r\n");
        client.expectReply(MAIL_OK);
        client.expectReply(RCPT_OK);
        client.expectReply(GO_AHEAD);
        client.send(TestMessages.message(Arena.ALICE.address(), token, "load\r\n..stuffed\r\n") + ".\r\n");
        client.expectReply(MESSAGE_ACCEPTED);
        acknowledged.add(token);
    }

    private static void dropMidData(Arena arena, int id, List<String> acknowledged, List<String> dropped)
            throws IOException {
        RawSmtpClient client = id % 2 == 0 ? RawSmtpClient.connectSsl(arena.server)
                : RawSmtpClient.connect(arena.server);
        try {
            client.login(Arena.ALICE.address(), Arena.ALICE.appPassword());
            for (int m = 0; m < BEFORE_DROP; m++) {
                send(client, acknowledged);
            }
            String token = TestMessages.token();
            dropped.add(token);
            client.send("MAIL FROM:<" + Arena.ALICE.address() + ">\r\nRCPT TO:<bob@example.com>\r\nDATA\r\n");
            client.expectReply(MAIL_OK);
            client.expectReply(RCPT_OK);
            client.expectReply(GO_AHEAD);
            client.send(TestMessages.message(Arena.ALICE.address(), token, "dropped\r\n") + (id % 4 < 2 ? "." : ""));
        } finally {
            if (id % 3 == 0) {
                client.close();
            } else {
                client.reset();
            }
        }
    }
}
