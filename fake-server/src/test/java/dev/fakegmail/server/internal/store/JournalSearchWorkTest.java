package dev.fakegmail.server.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.Envelope;
import dev.fakegmail.server.MessagePage;
import dev.fakegmail.server.MessageQuery;
import dev.fakegmail.server.QueryNeeds;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.ReceivedMessages;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The work a search does with the index, the index's size after removals, and searching while messages arrive. */
class JournalSearchWorkTest {

    private static Function<String, ReceivedMessage> note(int number) {
        String subject = String.format("note %06d", number);
        byte[] data = ("From: Alice <alice@gmail.com>\r\nTo: bob@example.com\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + number + ".x@mail.example>\r\n\r\n" + "body\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        return id -> ReceivedMessages.withId(id, new Envelope("alice@gmail.com", "alice@gmail.com",
                List.of("bob@example.com")), "sess-" + id, "TLSv1.3", "TLS_AES_256_GCM_SHA384", "PLAIN",
                Instant.EPOCH.plusSeconds(number), data, data);
    }

    private static void fill(MessageJournal journal, int from, int to) {
        for (int i = from; i <= to; i++) {
            journal.add(note(i));
            journal.acknowledge();
        }
    }

    private static MessagePage search(MessageJournal journal, MessageQuery query) {
        return journal.page(query, QueryNeeds.of(query));
    }

    @Test
    void aOneMatchSearchOverTenThousandMessagesChecksAFewCandidates() {
        MessageJournal journal = new MessageJournal();
        fill(journal, 1, 10_000);
        journal.indexNew();
        long before = journal.summariesChecked();

        MessagePage page = search(journal, MessageQuery.builder().subject("NOTE 004711").build());

        assertThat(page.messages()).extracting(ReceivedMessage::subject).containsExactly("note 004711");
        assertThat(page.matching()).isEqualTo(1);
        assertThat(page.total()).isEqualTo(10_000);
        assertThat(journal.summariesChecked() - before).as("summaries checked").isBetween(1L, 10L);

        fill(journal, 10_001, 10_003); // stored, not yet indexed: checked one by one
        long beforeTail = journal.summariesChecked();
        MessagePage tail = search(journal, MessageQuery.builder().words("10002 alice").build());
        assertThat(tail.messages()).extracting(ReceivedMessage::subject).containsExactly("note 010002");
        assertThat(journal.summariesChecked() - beforeTail).isBetween(3L, 13L);

        long beforeShort = journal.summariesChecked();
        MessagePage shortText = search(journal, MessageQuery.builder().subject("11").pageSize(1).build());
        long expected = java.util.stream.IntStream.rangeClosed(1, 10_003)
                .filter(i -> String.format("%06d", i).contains("11")).count();
        assertThat(shortText.matching()).isEqualTo(expected); // two characters: no trigram, every summary is checked
        assertThat(journal.summariesChecked() - beforeShort).isEqualTo(10_003);
    }

    @Test
    void removedMessagesLeaveTheIndexOnceTheyOutnumberTheKeptOnes() {
        MessageJournal journal = new MessageJournal(100);
        fill(journal, 1, 100);
        journal.indexNew();
        long perHundred = journal.indexEntries();
        assertThat(perHundred).isPositive();

        for (int i = 101; i <= 5_000; i += 100) {
            fill(journal, i, i + 99);
            journal.indexNew();
            journal.trim();
        }

        assertThat(journal.indexEntries()).as("entries after 4,900 trimmed").isLessThan(perHundred * 13);
        assertThat(search(journal, MessageQuery.builder().subject("note 000050").build()).matching()).isZero();
        assertThat(search(journal, MessageQuery.builder().subject("note 004950").build()).matching()).isOne();
        journal.deleteAll();
        assertThat(journal.indexEntries()).isZero();
        fill(journal, 1, 3);
        assertThat(search(journal, MessageQuery.builder().subject("note 000002").build()).messages())
                .extracting(ReceivedMessage::id).containsExactly("5002");
    }

    @Test
    void searchesWhileMessagesArriveAndAreIndexedSeeOnlyMatchesInOrder() throws Exception {
        MessageJournal journal = new MessageJournal();
        ExecutorService threads = Executors.newFixedThreadPool(5);
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch readersStarted = new CountDownLatch(2); // writers start after two pages were read
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int offset = w * 1_500;
                writers.add(threads.submit(() -> {
                    assertThat(readersStarted.await(60, TimeUnit.SECONDS)).isTrue();
                    fill(journal, offset + 1, offset + 1_500);
                    return null;
                }));
            }
            Future<?> indexer = threads.submit(() -> {
                while (writing.get()) {
                    journal.indexNew();
                }
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(threads.submit(() -> {
                    int pages = 0;
                    while (writing.get()) {
                        MessageQuery query = MessageQuery.builder().subject("note 001").to("bob@").pageSize(7).build();
                        MessagePage page = search(journal, query);
                        assertThat(page.messages()).allMatch(m -> query.matches(m.summary()));
                        List<Long> ids = page.messages().stream().map(m -> Long.parseLong(m.id())).toList();
                        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
                        assertThat(page.matching()).isGreaterThanOrEqualTo(ids.size());
                        pages++;
                        readersStarted.countDown();
                    }
                    return pages;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            indexer.get(60, TimeUnit.SECONDS);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            writing.set(false);
            threads.shutdownNow();
        }
        journal.indexNew();
        // the writers stored notes 1 to 3,000 between them: 1,000 to 1,999 have "note 001"
        assertThat(search(journal, MessageQuery.builder().subject("note 001").build()).matching()).isEqualTo(1_000);
        assertThat(search(journal, MessageQuery.builder().subject("note 002999").build()).matching()).isOne();
        SearchCorpus corpus = new SearchCorpus(7);
        for (int q = 0; q < 50; q++) {
            JournalSearchTest.compare(journal, JournalSearchTest.query(corpus, journal.snapshot()));
        }
    }
}
