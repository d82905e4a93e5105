package dev.fakegmail.benchmarks.scenario;

import dev.fakegmail.benchmarks.jmh.FoldedHeaderBenchmark;
import java.util.List;

/**
 * Issue 12: a header field folded 100,000 times (about 400 KB) costs linear time: one such message per connection,
 * median latency, against GreenMail receiving the same message in the same run.
 */
final class FoldedHeaderScenario implements Scenario {
    private static final double TARGET_MILLIS = 1_000;

    private final Jmh jmh;

    FoldedHeaderScenario(Jmh jmh) {
        this.jmh = jmh;
    }

    @Override
    public String name() {
        return "folded";
    }

    @Override
    public List<Row> run() throws Exception {
        Class<?> benchmark = FoldedHeaderBenchmark.class;
        Quantity ours = Quantity.millis(jmh.medianMillis(benchmark, "fakeGmailStartTls"));
        Quantity greenMail = Quantity.millis(jmh.medianMillis(benchmark, "greenMailSmtp"));
        return List.of(Row.lessIsBetter("9. A header folded " + FoldedHeaderBenchmark.FOLDS + " times (400 KB), one "
                        + "message per connection (p50), ours STARTTLS + AUTH — vs GreenMail SMTP + AUTH", ours,
                greenMail, "well under 1 s", Verdict.of(ours.value() < TARGET_MILLIS)));
    }
}
