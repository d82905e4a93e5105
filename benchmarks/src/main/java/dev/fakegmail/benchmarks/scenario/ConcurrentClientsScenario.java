package dev.fakegmail.benchmarks.scenario;

import dev.fakegmail.benchmarks.jmh.MessagePerConnectionBenchmark;
import java.util.ArrayList;
import java.util.List;

/** Scenario 4: 8 and 32 clients at once, each sending one message per connection; total messages per second. */
final class ConcurrentClientsScenario implements Scenario {
    private static final int[] CLIENTS = {8, 32};

    private final Jmh jmh;

    ConcurrentClientsScenario(Jmh jmh) {
        this.jmh = jmh;
    }

    @Override
    public String name() {
        return "concurrent";
    }

    @Override
    public List<Row> run() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int clients : CLIENTS) {
            Quantity ours = Quantity.perSecond(
                    jmh.perSecond(MessagePerConnectionBenchmark.class, "fakeGmailStartTls", clients));
            Quantity theirs = Quantity.perSecond(
                    jmh.perSecond(MessagePerConnectionBenchmark.class, "greenMailSmtp", clients));
            rows.add(Row.moreIsBetter("4. " + clients + " concurrent clients, one message per connection, "
                    + "ours STARTTLS + AUTH — vs GreenMail SMTP + AUTH", ours, theirs, Row.NO_TARGET, Verdict.NONE));
        }
        return rows;
    }
}
