package dev.fakegmail.benchmarks.scenario;

import dev.fakegmail.benchmarks.jmh.ImapBenchmark;
import java.util.List;

/**
 * Scenario 10: {@code SELECT INBOX} and {@code FETCH 1:* (FLAGS ENVELOPE)} on a 10,000-message INBOX, fake-gmail's
 * IMAPS against GreenMail's IMAPS with the same client; the target is "within a small factor" (≥ 0.5×).
 */
final class ImapScenario implements Scenario {
    private static final double SMALL_FACTOR = 2;

    private final Jmh jmh;

    ImapScenario(Jmh jmh) {
        this.jmh = jmh;
    }

    @Override
    public String name() {
        return "imap";
    }

    @Override
    public List<Row> run() throws Exception {
        return List.of(
                row("10. `SELECT INBOX` on 10,000 messages (Angus Mail `folder.open`, p50), IMAPS — vs GreenMail"
                        + " IMAPS", "Select"),
                row("10. `FETCH 1:* (FLAGS ENVELOPE)` on 10,000 messages (`folder.fetch`, p50), IMAPS — vs GreenMail"
                        + " IMAPS", "Fetch"));
    }

    private Row row(String scenario, String operation) throws Exception {
        Quantity ours = Quantity.millis(jmh.medianMillis(ImapBenchmark.class, "fakeGmail" + operation));
        Quantity theirs = Quantity.millis(jmh.medianMillis(ImapBenchmark.class, "greenMail" + operation));
        return Row.lessIsBetter(scenario, ours, theirs, "≥ 0.5× (within 2× of GreenMail)",
                Verdict.of(ours.value() <= SMALL_FACTOR * theirs.value()));
    }
}
