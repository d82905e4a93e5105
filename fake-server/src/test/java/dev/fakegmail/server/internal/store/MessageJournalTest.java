package dev.fakegmail.server.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.Envelope;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.ReceivedMessages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessageJournalTest {
    private static final Duration LONG = Duration.ofSeconds(30);

    private final MessageJournal journal = new MessageJournal();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private static Function<String, ReceivedMessage> message(String subject) {
        byte[] data = ("From: alice@gmail.com\r\nTo: bob@example.com\r\nSubject: " + subject + "\r\n\r\nx\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        return id -> ReceivedMessages.withId(id, new Envelope("alice@gmail.com", "alice@gmail.com",
                List.of("bob@example.com")), "sess-" + subject, "TLSv1.3", "TLS_AES_256_GCM_SHA384", "PLAIN",
                Instant.EPOCH, data, data);
    }

    @Test
    void awaitReturnsOnceAnotherThreadAcknowledgedEnough() throws Exception {
        Future<?> sender = executor.submit(() -> {
            journal.add(message("one"));
            journal.acknowledge();
            journal.add(message("two"));
            journal.acknowledge();
        });

        List<ReceivedMessage> received = journal.await(2, LONG);

        assertThat(received).extracting(ReceivedMessage::subject).containsExactly("one", "two");
        sender.get(30, TimeUnit.SECONDS);
    }

    @Test
    void awaitReturnsAtOnceWhenEnoughWereAlreadyAcknowledged() throws Exception {
        journal.add(message("one"));
        journal.acknowledge();

        assertThat(journal.await(1, Duration.ZERO)).hasSize(1);
        assertThat(journal.await(0, Duration.ZERO)).hasSize(1);
    }

    @Test
    void addedButUnacknowledgedIsVisibleYetDoesNotRelease() throws Exception {
        journal.add(message("one"));

        assertThat(journal.snapshot()).extracting(ReceivedMessage::subject).containsExactly("one");
        assertThatThrownBy(() -> journal.await(1, Duration.ofMillis(200)))
                .isInstanceOf(TimeoutException.class)
                .hasMessageStartingWith("Expected 1 message within PT0.2S but 0 arrived")
                .hasMessageContaining("1 more stored");
    }

    @Test
    void timeoutNamesExpectedActualAndTheMessages() throws Exception {
        journal.add(message("only"));
        journal.acknowledge();

        assertThatThrownBy(() -> journal.await(2, Duration.ofMillis(200)))
                .isInstanceOf(TimeoutException.class)
                .hasMessageStartingWith("Expected 2 messages within PT0.2S but 1 arrived: [ReceivedMessage[")
                .hasMessageContaining("sess-only");
    }

    @Test
    void clearRestartsTheCount() throws Exception {
        journal.add(message("before"));
        journal.acknowledge();

        journal.clear();

        assertThat(journal.snapshot()).isEmpty();
        assertThatThrownBy(() -> journal.await(1, Duration.ZERO)).isInstanceOf(TimeoutException.class);
        journal.add(message("after"));
        journal.acknowledge();
        assertThat(journal.await(1, Duration.ZERO)).extracting(ReceivedMessage::subject).containsExactly("after");
    }

    @Test
    void lateAcknowledgementAfterClearIsNotCounted() throws Exception {
        journal.add(message("before"));
        journal.clear();

        journal.acknowledge();

        assertThatThrownBy(() -> journal.await(1, Duration.ZERO)).isInstanceOf(TimeoutException.class);
    }

    @Test
    void snapshotIsACopy() throws Exception {
        journal.add(message("one"));
        List<ReceivedMessage> snapshot = journal.snapshot();

        journal.add(message("two"));

        assertThat(snapshot).hasSize(1);
        assertThatThrownBy(() -> snapshot.add(message("x").apply("9"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void interruptedWaiterKeepsItsInterruptFlag() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Boolean> interruptedAfterwards = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            Thread.currentThread().interrupt();
            waiting.countDown();
            try {
                journal.await(1, LONG);
            } catch (IllegalStateException expected) {
                interruptedAfterwards.complete(Thread.currentThread().isInterrupted());
            } catch (TimeoutException unexpected) {
                interruptedAfterwards.completeExceptionally(unexpected);
            }
        });
        waiter.start();
        waiting.await();

        assertThat(interruptedAfterwards.get(30, TimeUnit.SECONDS)).isTrue();
        waiter.join();
    }

    @Test
    void rejectsNegativeArguments() throws Exception {
        assertThatThrownBy(() -> journal.await(-1, LONG)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.await(1, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsAreTheSequenceNumbersAndClearRestartsThem() throws Exception {
        assertThat(journal.add(message("one")).id()).isEqualTo("1");
        assertThat(journal.add(message("two")).id()).isEqualTo("2");

        journal.clear();

        assertThat(journal.add(message("again")).id()).isEqualTo("1");
    }

    @Test
    void deleteRemovesOneAndItsIdIsNeverReused() throws Exception {
        journal.add(message("one"));
        journal.acknowledge();
        journal.add(message("two"));
        journal.acknowledge();

        assertThat(journal.delete("1")).map(ReceivedMessage::subject).contains("one");
        assertThat(journal.delete("1")).isEmpty();

        assertThat(journal.find("1")).isEmpty();
        assertThat(journal.find("2")).map(ReceivedMessage::subject).contains("two");
        assertThat(journal.await(1, Duration.ZERO)).extracting(ReceivedMessage::id).containsExactly("2");
        assertThatThrownBy(() -> journal.await(2, Duration.ZERO)).isInstanceOf(TimeoutException.class);
        assertThat(journal.add(message("three")).id()).isEqualTo("3");
    }

    @Test
    void deletingAnAcknowledgedMessageDoesNotCountAPendingOne() throws Exception {
        journal.add(message("one"));
        journal.acknowledge();
        journal.add(message("pending"));

        journal.delete("1");

        assertThatThrownBy(() -> journal.await(1, Duration.ZERO)).isInstanceOf(TimeoutException.class);
        journal.acknowledge();
        assertThat(journal.await(1, Duration.ZERO)).extracting(ReceivedMessage::subject).containsExactly("pending");
    }

    @Test
    void deleteAllKeepsNumbering() throws Exception {
        journal.add(message("one"));
        journal.acknowledge();

        journal.deleteAll();

        assertThat(journal.snapshot()).isEmpty();
        assertThat(journal.add(message("two")).id()).isEqualTo("2");
    }
}
