package dev.fakegmail.benchmarks.scenario;

import dev.fakegmail.benchmarks.fixtures.FakeGmailFixture;
import dev.fakegmail.benchmarks.fixtures.TestMessages;
import dev.fakegmail.benchmarks.fixtures.TlsFloor;
import dev.fakegmail.benchmarks.jmh.MessagePerConnectionBenchmark;
import dev.fakegmail.benchmarks.probe.CpuCost;
import jakarta.mail.Transport;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario 2: one message per connection, median latency, against GreenMail and the bare TLS handshake; and the CPU
 * time of the same against the handshake's, which shows what the latency would be on a machine of our own.
 */
final class MessagePerConnectionScenario implements Scenario {
    private static final double TARGET_MILLIS = 8;
    private static final double PLAIN_FACTOR = 5;
    private static final double SMTPS_FACTOR = 15;
    private static final double FLOOR_FACTOR = 2;
    private static final int CPU_WARM_UP_CALLS = 1_500;
    private static final int CPU_MEASURED_CALLS = 1_000;
    private static final int RESET_EVERY = 500;

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
                        "within 2× of the floor (≥ 0.5×)", Verdict.of(ours.value() <= FLOOR_FACTOR * floor.value())),
                cpuRow());
    }

    /** CPU time per message against CPU time per bare handshake, measured in this JVM after a warm-up. */
    private static Row cpuRow() throws Exception {
        Progress.say("CPU time per message and per bare handshake, in this JVM");
        CpuCost cpu = new CpuCost(CPU_WARM_UP_CALLS, CPU_MEASURED_CALLS);
        Quantity ours;
        try (FakeGmailFixture server = FakeGmailFixture.start()) {
            AtomicInteger sent = new AtomicInteger();
            ours = Quantity.millis(cpu.millisPerCall(() -> {
                Transport.send(TestMessages.text(server.session(), server.sender(), TestMessages.SMALL_BODY));
                if (sent.incrementAndGet() % RESET_EVERY == 0) {
                    server.reset();
                }
            }));
        }
        Quantity floor;
        try (TlsFloor tls = TlsFloor.start()) {
            floor = Quantity.millis(cpu.millisPerCall(tls::handshake));
        }
        return Row.lessIsBetter("2. The same, CPU time per message (client + server, all threads) — vs the bare "
                + "handshake's", ours, floor, Row.NO_TARGET, Verdict.NONE);
    }
}
