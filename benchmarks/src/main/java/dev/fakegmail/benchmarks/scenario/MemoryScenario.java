package dev.fakegmail.benchmarks.scenario;

import dev.fakegmail.benchmarks.fixtures.Contender;
import dev.fakegmail.benchmarks.process.HeapPeak;
import dev.fakegmail.benchmarks.process.HeapRetained;
import java.util.List;

/**
 * Scenario 5: heap kept for 10,000 stored 5 KB messages, and heap needed while one 30 MB message arrives; each in a
 * fresh JVM per server.
 */
final class MemoryScenario implements Scenario {
    private static final int MESSAGES = 10_000;
    private static final int SMALL_BODY = 5_000;
    private static final long LARGE_BODY = 30_000_000;
    private static final double RETAINED_TARGET_BYTES = 200e6;
    private static final double PEAK_FACTOR = 3;

    private final ChildJvm children;

    MemoryScenario(ChildJvm children) {
        this.children = children;
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public List<Row> run() throws Exception {
        Progress.say("heap retained by " + MESSAGES + " messages, in fresh JVMs");
        Quantity ours = Quantity.megabytes(retained(Contender.FAKE_GMAIL));
        Quantity theirs = Quantity.megabytes(retained(Contender.GREENMAIL_SMTP));
        Progress.say("heap while receiving one " + LARGE_BODY / 1_000_000 + " MB message, in fresh JVMs");
        ChildJvm.Run ourPeak = children.run(HeapPeak.class, Contender.FAKE_GMAIL.argument(), Long.toString(LARGE_BODY));
        ChildJvm.Run theirPeak = children.run(HeapPeak.class, Contender.GREENMAIL_SMTP.argument(),
                Long.toString(LARGE_BODY));
        Quantity peakOurs = Quantity.megabytes(ourPeak.result("peakGrowthBytes"));
        return List.of(
                Row.lessIsBetter("5. Heap retained by 10,000 stored 5 KB messages — vs GreenMail", ours, theirs,
                        "< 200 MB", Verdict.of(ours.value() * 1e6 < RETAINED_TARGET_BYTES)),
                Row.lessIsBetter("5. Peak heap growth while receiving one 30 MB message (full-GC samples) "
                        + "— vs GreenMail", peakOurs, Quantity.megabytes(theirPeak.result("peakGrowthBytes")),
                        "< 90 MB (3× the message)", Verdict.of(peakOurs.value() * 1e6 < PEAK_FACTOR * LARGE_BODY)),
                Row.lessIsBetter("5. Heap still held after storing the 30 MB message — vs GreenMail",
                        Quantity.megabytes(ourPeak.result("retainedBytes")),
                        Quantity.megabytes(theirPeak.result("retainedBytes")), Row.NO_TARGET, Verdict.NONE));
    }

    private double retained(Contender contender) throws Exception {
        return children.run(HeapRetained.class, contender.argument(), Integer.toString(MESSAGES),
                Integer.toString(SMALL_BODY)).result("retainedBytes");
    }
}
