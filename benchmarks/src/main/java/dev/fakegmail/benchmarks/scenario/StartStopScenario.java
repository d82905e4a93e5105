package dev.fakegmail.benchmarks.scenario;

import dev.fakegmail.benchmarks.fixtures.Contender;
import dev.fakegmail.benchmarks.jmh.StartStopBenchmark;
import dev.fakegmail.benchmarks.process.FirstStart;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Scenario 1: the first start and stop in a fresh JVM (median of fresh processes), and warm ones (JMH). */
final class StartStopScenario implements Scenario {
    private static final double WARM_TARGET_MILLIS = 2;

    private final Jmh jmh;
    private final ChildJvm children;
    private final int runs;

    StartStopScenario(Jmh jmh, ChildJvm children, int runs) {
        this.jmh = jmh;
        this.children = children;
        this.runs = runs;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public List<Row> run() throws Exception {
        Map<Contender, Double> first = firstStarts();
        Quantity ours = Quantity.millis(first.get(Contender.FAKE_GMAIL));
        Quantity smtps = Quantity.millis(first.get(Contender.GREENMAIL_SMTPS));
        Quantity warmOurs = Quantity.millis(jmh.medianMillis(StartStopBenchmark.class, "fakeGmail"));
        Quantity warmSmtp = Quantity.millis(jmh.medianMillis(StartStopBenchmark.class, "greenMailSmtp"));
        Quantity warmBoth = Quantity.millis(jmh.medianMillis(StartStopBenchmark.class, "greenMailSmtpAndSmtps"));
        return List.of(
                Row.lessIsBetter("1. First start + stop in a fresh JVM, test CA and certificate included "
                        + "— vs GreenMail SMTPS", ours, smtps, "≤ GreenMail SMTPS (≥ 1×)",
                        Verdict.of(ours.value() <= smtps.value())),
                Row.lessIsBetter("1. First start + stop in a fresh JVM — vs GreenMail SMTP", ours,
                        Quantity.millis(first.get(Contender.GREENMAIL_SMTP)), Row.NO_TARGET, Verdict.NONE),
                Row.lessIsBetter("1. Warm start + stop (p50) — vs GreenMail SMTP", warmOurs, warmSmtp,
                        "< 2 ms", Verdict.of(warmOurs.value() < WARM_TARGET_MILLIS)),
                Row.lessIsBetter("1. Warm start + stop (p50) — vs GreenMail SMTP + SMTPS (two ports, as ours)",
                        warmOurs, warmBoth, Row.NO_TARGET, Verdict.NONE));
    }

    /** Median first start + stop per server, the servers taking turns so that load changes hit all alike. */
    private Map<Contender, Double> firstStarts() throws Exception {
        Map<Contender, List<Double>> samples = new EnumMap<>(Contender.class);
        Progress.say("first start in fresh JVMs, " + runs + " per server");
        for (int i = 0; i < runs; i++) {
            for (Contender contender : Contender.values()) {
                double millis = children.run(FirstStart.class, contender.argument()).result("startStopMillis");
                samples.computeIfAbsent(contender, c -> new ArrayList<>()).add(millis);
            }
        }
        Map<Contender, Double> medians = new EnumMap<>(Contender.class);
        samples.forEach((contender, values) -> medians.put(contender, Stats.median(values)));
        return medians;
    }
}
