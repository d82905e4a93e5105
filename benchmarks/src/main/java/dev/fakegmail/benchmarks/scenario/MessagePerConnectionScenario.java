package dev.fakegmail.benchmarks.scenario;

import dev.fakegmail.benchmarks.jmh.MessagePerConnectionBenchmark;
import java.util.List;

/** Scenario 2: one message per connection, median latency, against GreenMail and the bare TLS handshake. */
final class MessagePerConnectionScenario implements Scenario {
    private static final double TARGET_MILLIS = 8;
    private static final double PLAIN_FACTOR = 5;
    private static final double SMTPS_FACTOR = 15;
    private static final double FLOOR_FACTOR = 2;

    private final Jmh jmh;

    MessagePerConnectionScenario(Jmh jmh) {
        this.jmh = jmh;
    }

    @Override
    public String name() {
        return "connection";
    }

    @Override
    public List<Row> run() throws Exception {
        Class<?> benchmark = MessagePerConnectionBenchmark.class;
        Quantity ours = Quantity.millis(jmh.medianMillis(benchmark, "fakeGmailStartTls"));
        Quantity smtp = Quantity.millis(jmh.medianMillis(benchmark, "greenMailSmtp"));
        Quantity smtps = Quantity.millis(jmh.medianMillis(benchmark, "greenMailSmtps"));
        Quantity floor = Quantity.millis(jmh.medianMillis(benchmark, "jdkTlsHandshake"));
        String what = "2. One message per connection (Transport.send, p50), ours STARTTLS + AUTH";
        return List.of(
                Row.lessIsBetter(what + " — vs GreenMail SMTP + AUTH", ours, smtp, "≤ 8 ms and ≥ 5×",
                        Verdict.of(ours.value() <= TARGET_MILLIS && smtp.value() / ours.value() >= PLAIN_FACTOR)),
                Row.lessIsBetter(what + " — vs GreenMail SMTPS + AUTH", ours, smtps, "≥ 15×",
                        Verdict.of(smtps.value() / ours.value() >= SMTPS_FACTOR)),
                Row.lessIsBetter(what + " — vs bare JDK TLS handshake (floor)", ours, floor,
                        "within 2× of the floor (≥ 0.5×)", Verdict.of(ours.value() <= FLOOR_FACTOR * floor.value())));
    }
}
