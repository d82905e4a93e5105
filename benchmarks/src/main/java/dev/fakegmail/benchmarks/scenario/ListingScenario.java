package dev.fakegmail.benchmarks.scenario;

import dev.fakegmail.benchmarks.jmh.ListingBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 8: list views over a full mailbox, at 1,000 messages and at a large size (100,000 unless the system
 * property {@code listing.large} says otherwise): the first inbox page, an API page and a one-match search, each
 * compared with itself at 1,000 (flat means close to 1×) and with GreenMail's {@code getReceivedMessages()}.
 */
final class ListingScenario implements Scenario {
    private static final String SMALL = "1000";

    private final Jmh jmh;
    private final String large = Integer.toString(Integer.getInteger("listing.large", 100_000));

    ListingScenario(Jmh jmh) {
        this.jmh = jmh;
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
        Quantity received = greenMail("greenMailReceivedMessages");
        rows.add(Row.lessIsBetter("8. API page at " + at + " — vs GreenMail `getReceivedMessages()` at " + at,
                api, received, Row.NO_TARGET, Verdict.NONE));
        rows.add(Row.lessIsBetter("8. One-match search at " + at + " — vs GreenMail `getReceivedMessages()` + the"
                + " subject filter at " + at, search, greenMail("greenMailOneMatchSearch"), Row.NO_TARGET,
                Verdict.NONE));
        return rows;
    }

    private Quantity ours(String method, String size) throws Exception {
        return Quantity.millis(jmh.medianMillis(ListingBenchmark.class, method, "size", size));
    }

    private Quantity greenMail(String method) throws Exception {
        return Quantity.millis(jmh.medianMillis(ListingBenchmark.class, method, "size", large));
    }

    private static Row flat(String scenario, Quantity large, Quantity small) {
        return Row.lessIsBetter(scenario, large, small, "≥ 0.5× (flat)",
                Verdict.of(small.value() / large.value() >= 0.5));
    }
}
