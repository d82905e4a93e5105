package dev.fakegmail.benchmarks.scenario;

import dev.fakegmail.benchmarks.fixtures.Contender;
import dev.fakegmail.benchmarks.jmh.ListingBenchmark;
import dev.fakegmail.benchmarks.process.ListingHeap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Scenario 8: list views over a full mailbox, at 1,000 messages and at a large size (100,000 unless the system
 * property {@code listing.large} says otherwise): the first inbox page, an API page, a one-match search, a Gmail API
 * {@code messages.list} page and a {@code messages.get}, each compared with itself at 1,000 (flat means close to 1×)
 * and the first two with GreenMail's {@code getReceivedMessages()}; then the heap each server keeps per message at
 * the large size, in a fresh JVM each. Every trial fills its server through SMTP over several connections at once
 * ({@code ParallelFill}).
 */
final class ListingScenario implements Scenario {
    private static final String SMALL = "1000";
    private static final int BODY_BYTES = 4000;
    private static final long HEAP_RUN_SECONDS = 1800;

    private final Jmh jmh;
    private final ChildJvm children;
    private final String large = Integer.toString(Integer.getInteger("listing.large", 100_000));

    ListingScenario(Jmh jmh, ChildJvm children) {
        this.jmh = jmh;
        this.children = children;
    }

    @Override
    public String name() {
        return "listing";
    }

    @Override
    public List<Row> run() throws Exception {
        String at = String.format(Locale.ROOT, "%,d", Integer.parseInt(large));
        List<Row> rows = new ArrayList<>();
        Quantity inbox = ours("inboxFirstPage", large);
        Quantity api = ours("apiPage", large);
        Quantity search = ours("oneMatchSearch", large);
        rows.add(flat("8. First inbox page (`/`, 50 rows) at " + at + " messages — vs the same at 1,000", inbox,
                ours("inboxFirstPage", SMALL)));
        rows.add(flat("8. API page (`/api/messages?order=newest`, 50) at " + at + " — vs the same at 1,000", api,
                ours("apiPage", SMALL)));
        rows.add(flat("8. One-match search (`/api/messages?subject=…`) at " + at + " — vs the same at 1,000", search,
                ours("oneMatchSearch", SMALL)));
        rows.add(flatOrFailed("8. Gmail API `messages.list` page (`maxResults=50`) at " + at
                + " — vs the same at 1,000", "gmailApiListPage"));
        rows.add(flatOrFailed("8. Gmail API `messages.get` (`format=full`) at " + at + " — vs the same at 1,000",
                "gmailApiGet"));
        Quantity received = greenMail("greenMailReceivedMessages");
        rows.add(Row.lessIsBetter("8. API page at " + at + " — vs GreenMail `getReceivedMessages()` at " + at,
                api, received, Row.NO_TARGET, Verdict.NONE));
        rows.add(Row.lessIsBetter("8. One-match search at " + at + " — vs GreenMail `getReceivedMessages()` + the"
                + " subject filter at " + at, search, greenMail("greenMailOneMatchSearch"), Row.NO_TARGET,
                Verdict.NONE));
        Progress.say("heap retained per message at " + at + " messages, in fresh JVMs");
        rows.add(Row.lessIsBetter("8. Heap retained per ~4 KB message at " + at + ", search index included — vs"
                + " GreenMail", heapPerMessage(Contender.FAKE_GMAIL), heapPerMessage(Contender.GREENMAIL_SMTP),
                Row.NO_TARGET, Verdict.NONE));
        return rows;
    }

    private Quantity ours(String method, String size) throws Exception {
        return Quantity.millis(jmh.medianMillis(ListingBenchmark.class, method, "size", size));
    }

    /**
     * A row comparing a method at the large size with itself at 1,000; a method whose run fails (a call over the
     * benchmark's 60 s limit, an error answer) becomes a missed row naming its log, and the scenario goes on.
     */
    private Row flatOrFailed(String scenario, String method) throws Exception {
        Quantity small = ours(method, SMALL);
        try {
            return flat(scenario, ours(method, large), small);
        } catch (RunnerException e) {
            return new Row(scenario, "failed: see jmh-ListingBenchmark." + method + ".log", small.toString(), "",
                    "≥ 0.5× (flat)", Verdict.MISSED);
        }
    }

    private Quantity greenMail(String method) throws Exception {
        return Quantity.millis(jmh.medianMillis(ListingBenchmark.class, method, "size", large));
    }

    private Quantity heapPerMessage(Contender contender) throws Exception {
        double retained = children.run(HEAP_RUN_SECONDS, ListingHeap.class, contender.argument(), large,
                Integer.toString(BODY_BYTES)).result("retainedBytes");
        return Quantity.kilobytes(retained / Integer.parseInt(large));
    }

    private static Row flat(String scenario, Quantity large, Quantity small) {
        return Row.lessIsBetter(scenario, large, small, "≥ 0.5× (flat)",
                Verdict.of(small.value() / large.value() >= 0.5));
    }
}
