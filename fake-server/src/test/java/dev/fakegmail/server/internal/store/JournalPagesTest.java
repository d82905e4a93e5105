package dev.fakegmail.server.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.Envelope;
import dev.fakegmail.server.MessagePage;
import dev.fakegmail.server.MessageQuery;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.ReceivedMessages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The journal's pages, filters over the kept summaries, the retention cap and the live view's wait. */
class JournalPagesTest {
    private final MessageJournal journal = new MessageJournal();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private static Function<String, ReceivedMessage> message(String subject, String to) {
        byte[] data = ("From: Alice <alice@gmail.com>\r\nTo: " + to + "\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + subject.replace(' ', '.') + "@mail.example>\r\n\r\nx\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        return id -> ReceivedMessages.withId(id, new Envelope("alice@gmail.com", "alice@gmail.com", List.of(to)),
                "sess-" + id, "TLSv1.3", "TLS_AES_256_GCM_SHA384", "PLAIN", Instant.EPOCH.plusSeconds(Long.parseLong(id)),
                data, data);
    }

    private void add(int count) {
        for (int i = 1; i <= count; i++) {
            journal.add(message("message " + i, i % 2 == 0 ? "even@example.com" : "odd@example.com"));
            journal.acknowledge();
        }
    }

    private static List<String> ids(MessagePage page) {
        return page.messages().stream().map(ReceivedMessage::id).toList();
    }

    @Test
    void pagesGoNewestFirstByDefaultAndTheTokenLeadsToTheNextPage() {
        add(7);

        MessagePage first = journal.page(MessageQuery.builder().pageSize(3).build());
        MessagePage second = journal.page(MessageQuery.builder().pageSize(3).pageToken(first.nextPageToken().get())
                .build());
        MessagePage last = journal.page(MessageQuery.builder().pageSize(3).pageToken(second.nextPageToken().get())
                .build());

        assertThat(ids(first)).containsExactly("7", "6", "5");
        assertThat(first.nextPageToken()).contains("4");
        assertThat(ids(second)).containsExactly("4", "3", "2");
        assertThat(ids(last)).containsExactly("1");
        assertThat(last.nextPageToken()).isEmpty();
        assertThat(first.total()).isEqualTo(7);
        assertThat(first.matching()).isEqualTo(7);
    }

    @Test
    void oldestFirstPagesForward() {
        add(5);

        MessagePage first = journal.page(MessageQuery.builder().newestFirst(false).pageSize(2).build());
        MessagePage second = journal.page(MessageQuery.builder().newestFirst(false).pageSize(2)
                .pageToken(first.nextPageToken().get()).build());

        assertThat(ids(first)).containsExactly("1", "2");
        assertThat(ids(second)).containsExactly("3", "4");
        assertThat(second.nextPageToken()).contains("5");
    }

    @Test
    void aTokenWhoseMessageWasDeletedResumesAtTheNextOneInOrder() {
        add(6);
        MessagePage first = journal.page(MessageQuery.builder().pageSize(2).build());
        journal.delete(first.nextPageToken().get());   // "4"

        MessagePage second = journal.page(MessageQuery.builder().pageSize(2).pageToken("4").build());

        assertThat(ids(second)).containsExactly("3", "2");
    }

    @Test
    void filtersReadTheSummariesAndCountEveryMatch() {
        add(9);

        MessagePage evens = journal.page(MessageQuery.builder().to("EVEN@").pageSize(2).build());
        MessagePage one = journal.page(MessageQuery.builder().subject("message 7").build());
        MessagePage byId = journal.page(MessageQuery.builder().messageId("message.3@mail.example").build());
        MessagePage words = journal.page(MessageQuery.builder().words("alice  odd 9").build());
        MessagePage before = journal.page(MessageQuery.builder().before(Instant.EPOCH.plusSeconds(3))
                .after(Instant.EPOCH.plusSeconds(1)).build());

        assertThat(ids(evens)).containsExactly("8", "6");
        assertThat(evens.matching()).isEqualTo(4);
        assertThat(evens.nextPageToken()).contains("4");
        assertThat(ids(one)).containsExactly("7");
        assertThat(one.matching()).isEqualTo(1);
        assertThat(ids(byId)).containsExactly("3");
        assertThat(ids(words)).containsExactly("9");
        assertThat(ids(before)).containsExactly("2");
        assertThat(journal.find("5").map(ReceivedMessage::subject)).contains("message 5");
        assertThat(journal.find("10")).isEmpty();
        assertThat(journal.find("x")).isEmpty();
    }

    @Test
    void anUnknownTokenOrPageSizeIsRefusedNamingTheFix() {
        assertThatThrownBy(() -> MessageQuery.builder().pageToken("abc"))
                .hasMessage("pageToken must be a nextPageToken from a previous page, was 'abc';"
                        + " leave it out for the first page");
        assertThatThrownBy(() -> MessageQuery.builder().pageSize(1001))
                .hasMessage("pageSize must be from 1 to 1000, was 1001; ask for more pages with nextPageToken instead");
    }

    @Test
    void theCapRemovesTheOldestFirst() {
        MessageJournal capped = new MessageJournal(3);
        for (int i = 1; i <= 5; i++) {
            capped.add(message("m" + i, "bob@example.com"));
            capped.acknowledge();
        }

        List<ReceivedMessage> removed = capped.trim();

        assertThat(removed).extracting(ReceivedMessage::id).containsExactly("1", "2");
        assertThat(capped.snapshot()).extracting(ReceivedMessage::id).containsExactly("3", "4", "5");
        assertThat(capped.trim()).isEmpty();
    }

    @Test
    void theCapWaitsWhileATestAwaitsMessages() throws Exception {
        MessageJournal capped = new MessageJournal(1);
        AtomicReference<Thread> waiter = new AtomicReference<>();
        Future<List<ReceivedMessage>> awaited = executor.submit(() -> {
            waiter.set(Thread.currentThread());
            return capped.await(3, Duration.ofSeconds(30));
        });
        awaitWaiting(waiter);
        for (int i = 1; i <= 3; i++) {
            capped.add(message("m" + i, "bob@example.com"));
            assertThat(capped.trim()).isEmpty();
            capped.acknowledge();
        }

        assertThat(awaited.get(30, TimeUnit.SECONDS)).extracting(ReceivedMessage::id).containsExactly("1", "2", "3");
        assertThat(capped.trim()).extracting(ReceivedMessage::id).containsExactly("1", "2");
    }

    @Test
    void theLiveWaitWakesOnANewerMessageAndDoesNotHoldTheCap() throws Exception {
        MessageJournal capped = new MessageJournal(1);
        capped.add(message("m1", "bob@example.com"));
        capped.acknowledge();
        assertThat(capped.awaitNewest("0", Duration.ZERO)).isTrue();
        AtomicReference<Thread> waiter = new AtomicReference<>();
        Future<Boolean> changed = executor.submit(() -> {
            waiter.set(Thread.currentThread());
            return capped.awaitNewest("1", Duration.ofSeconds(30));
        });
        awaitWaiting(waiter);

        capped.add(message("m2", "bob@example.com"));
        assertThat(capped.trim()).extracting(ReceivedMessage::id).containsExactly("1");
        capped.acknowledge();

        assertThat(changed.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(capped.awaitNewest("2", Duration.ofMillis(10))).isFalse();
        assertThat(capped.page(MessageQuery.all()).messages()).extracting(ReceivedMessage::id)
                .containsExactly("2");
    }

    private static void awaitWaiting(AtomicReference<Thread> waiter) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Optional.ofNullable(waiter.get()).map(Thread::getState).orElse(Thread.State.NEW)
                != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime()).as("the waiter started waiting within 30 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
