package dev.fakegmail.benchmarks.scenario;

import dev.fakegmail.benchmarks.jmh.ApiSendBenchmark;
import dev.fakegmail.benchmarks.jmh.MessagePerConnectionBenchmark;
import dev.fakegmail.benchmarks.jmh.ReusedConnectionBenchmark;
import java.util.List;

/**
 * Scenario 11: the same 1 KiB message sent through the Gmail API ({@code users.messages.send} over one kept-alive
 * HTTP connection) and over SMTP with STARTTLS + AUTH, one message per connection ({@code Transport.send}) and many
 * over one connection: p50 latency and messages per second, all on fake-gmail, one thread.
 */
final class ApiSendScenario implements Scenario {
    private static final String WHAT = "11. `users.messages.send` (HTTP keep-alive, Bearer token)";

    private final Jmh jmh;

    ApiSendScenario(Jmh jmh) {
        this.jmh = jmh;
    }

    @Override
    public String name() {
        return "apisend";
    }

    @Override
    public List<Row> run() throws Exception {
        Quantity api = Quantity.millis(jmh.medianMillis(ApiSendBenchmark.class, "fakeGmailApiSend"));
        Quantity apiRate = Quantity.perSecond(jmh.perSecond(ApiSendBenchmark.class, "fakeGmailApiSend", 1));
        Quantity perConnection = Quantity.millis(
                jmh.medianMillis(MessagePerConnectionBenchmark.class, "fakeGmailStartTls"));
        Quantity perConnectionRate = Quantity.perSecond(
                jmh.perSecond(MessagePerConnectionBenchmark.class, "fakeGmailStartTls", 1));
        Quantity reused = Quantity.millis(jmh.medianMillis(ReusedConnectionBenchmark.class, "fakeGmailStartTls"));
        Quantity reusedRate = Quantity.perSecond(jmh.perSecond(ReusedConnectionBenchmark.class, "fakeGmailStartTls",
                1));
        String perConnectionName = " — vs SMTP STARTTLS + AUTH, one message per connection (`Transport.send`)";
        String reusedName = " — vs SMTP STARTTLS + AUTH, many messages over one connection";
        return List.of(
                Row.lessIsBetter(WHAT + ", p50" + perConnectionName, api, perConnection, Row.NO_TARGET,
                        Verdict.NONE),
                Row.moreIsBetter(WHAT + ", msg/s" + perConnectionName, apiRate, perConnectionRate, Row.NO_TARGET,
                        Verdict.NONE),
                Row.lessIsBetter(WHAT + ", p50" + reusedName, api, reused, Row.NO_TARGET, Verdict.NONE),
                Row.moreIsBetter(WHAT + ", msg/s" + reusedName, apiRate, reusedRate, Row.NO_TARGET, Verdict.NONE));
    }
}
