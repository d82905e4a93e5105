package dev.fakegmail.benchmarks.scenario;

import dev.fakegmail.benchmarks.jmh.ReusedConnectionBenchmark;
import java.util.List;

/** Scenario 3: messages per second over one logged-in connection. */
final class ReusedConnectionScenario implements Scenario {
    private final Jmh jmh;

    ReusedConnectionScenario(Jmh jmh) {
        this.jmh = jmh;
    }

    @Override
    public String name() {
        return "reused";
    }

    @Override
    public List<Row> run() throws Exception {
        Quantity ours = Quantity.perSecond(jmh.perSecond(ReusedConnectionBenchmark.class, "fakeGmailStartTls", 1));
        Quantity theirs = Quantity.perSecond(jmh.perSecond(ReusedConnectionBenchmark.class, "greenMailSmtp", 1));
        return List.of(Row.moreIsBetter("3. Many messages over one connection, ours STARTTLS + AUTH "
                + "— vs GreenMail SMTP + AUTH", ours, theirs, "≥ 1×", Verdict.of(ours.value() >= theirs.value())));
    }
}
