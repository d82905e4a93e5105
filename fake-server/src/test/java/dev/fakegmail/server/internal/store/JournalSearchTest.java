package dev.fakegmail.server.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.MessagePage;
import dev.fakegmail.server.MessageQuery;
import dev.fakegmail.server.MessageSummary;
import dev.fakegmail.server.QueryNeeds;
import dev.fakegmail.server.ReceivedMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index gives exactly the pages and counts a scan of every summary gives: random corpora, every kind of filter,
 * paging with tokens both ways, deletes, the cap's trims, clears and messages not yet indexed in between.
 */
class JournalSearchTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void indexedPagesEqualScannedPages(long seed) {
        SearchCorpus corpus = new SearchCorpus(seed);
        MessageJournal journal = new MessageJournal(100);
        int compared = 0;
        for (int step = 0; step < 45; step++) {
            for (int i = corpus.nextInt(80); i >= 0; i--) {
                journal.add(corpus.message());
                journal.acknowledge();
            }
            if (corpus.nextInt(3) > 0) {
                journal.indexNew();
            }
            for (int i = corpus.nextInt(4); i > 0; i--) {
                List<ReceivedMessage> kept = journal.snapshot();
                journal.delete(kept.get(corpus.nextInt(kept.size())).id());
            }
            if (corpus.nextBoolean()) {
                journal.trim();
            }
            if (corpus.nextInt(40) == 0) {
                if (corpus.nextBoolean()) {
                    journal.clear();
                } else {
                    journal.deleteAll();
                }
            }
            for (int q = 0; q < 25; q++) {
                compared += compare(journal, query(corpus, journal.snapshot()));
            }
        }
        assertThat(compared).as("pages compared").isGreaterThan(1000);
    }

    /** Walks every page of the query with and without the index; both must be the same. */
    static int compare(MessageJournal journal, MessageQuery.Builder query) {
        MessageQuery first = query.build();
        long brute = journal.snapshot().stream().filter(m -> first.matches(m.summary())).count();
        MessageQuery current = first;
        int pages = 0;
        while (true) {
            MessagePage indexed = journal.page(current, QueryNeeds.of(current));
            MessagePage scanned = journal.page(current);
            assertThat(ids(indexed)).as("page %d of %s", pages, QueryNeeds.of(current)).isEqualTo(ids(scanned));
            assertThat(indexed.nextPageToken()).isEqualTo(scanned.nextPageToken());
            assertThat(indexed.matching()).isEqualTo(scanned.matching()).isEqualTo((int) brute);
            assertThat(indexed.total()).isEqualTo(scanned.total());
            pages++;
            if (indexed.nextPageToken().isEmpty() || pages > 30) {
                return pages;
            }
            current = query.pageToken(indexed.nextPageToken().get()).build();
        }
    }

    private static List<String> ids(MessagePage page) {
        return page.messages().stream().map(ReceivedMessage::id).toList();
    }

    /** One or two random filters, most of them taken from a kept message so that they match something. */
    static MessageQuery.Builder query(SearchCorpus corpus, List<ReceivedMessage> kept) {
        MessageQuery.Builder query = MessageQuery.builder().newestFirst(corpus.nextBoolean())
                .pageSize(1 + corpus.nextInt(12));
        for (int f = corpus.nextInt(4) == 0 ? 2 : 1; f > 0; f--) {
            Optional<MessageSummary> from = kept.isEmpty() ? Optional.empty()
                    : Optional.of(kept.get(corpus.nextInt(kept.size())).summary());
            MessageSummary s = from.orElse(null);
            int kind = corpus.nextInt(s == null ? 1 : 13);
            switch (kind) {
                case 0 -> query.subject(mixCase(corpus, corpus.pick(SearchCorpus.WORDS)));
                case 1 -> query.from(substring(corpus, corpus.nextBoolean() ? s.from() : s.envelope().mailFrom()));
                case 2 -> query.to(substring(corpus, corpus.pick(s.envelope().recipients())));
                case 3 -> query.subject(substring(corpus, s.subject()));
                case 4 -> query.words(substring(corpus, s.subject()) + "  " + substring(corpus, corpus.pick(s.to())));
                case 5 -> query.messageId(s.messageId().map(id -> corpus.nextBoolean() ? id
                        : id.substring(1, id.length() - 1)).map(id -> corpus.nextInt(4) == 0 ? mixCase(corpus, id)
                        : id).orElse("none"));
                case 6 -> query.sentBy(mixCase(corpus, s.envelope().account()));
                case 7 -> query.deliveredTo(mixCase(corpus, corpus.pick(s.envelope().recipients())));
                case 8 -> query.attachmentName(s.attachmentNames().isEmpty() ? mixCase(corpus, corpus.pick(
                        SearchCorpus.FILES)) : substring(corpus, s.attachmentNames().get(0)));
                case 9 -> query.after(Instant.EPOCH.plusSeconds(Long.parseLong(s.id()) - corpus.nextInt(40)))
                        .before(Instant.EPOCH.plusSeconds(Long.parseLong(s.id()) + corpus.nextInt(40)));
                case 10 -> query.hasAttachment(corpus.nextBoolean());
                case 11 -> query.largerThan(s.size() - 50).smallerThan(s.size() + 50);
                default -> query.words(mixCase(corpus, s.envelope().account()).substring(0, 2));
            }
        }
        return query;
    }

    private static String substring(SearchCorpus corpus, String text) {
        if (text.isEmpty()) {
            return "no-such-text";
        }
        int length = 1 + corpus.nextInt(Math.min(text.length(), 9));
        int start = corpus.nextInt(text.length() - length + 1);
        return mixCase(corpus, text.substring(start, start + length));
    }

    private static String mixCase(SearchCorpus corpus, String text) {
        StringBuilder mixed = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int way = corpus.nextInt(3);
            mixed.append(way == 0 ? Character.toUpperCase(c) : way == 1 ? Character.toLowerCase(c) : c);
        }
        return mixed.toString();
    }
}
