package dev.fakegmail.benchmarks.scenario;

import dev.fakegmail.benchmarks.fixtures.FakeGmailFixture;
import dev.fakegmail.benchmarks.fixtures.GreenMailFixture;
import dev.fakegmail.benchmarks.probe.ReplyFramingProbe;
import dev.fakegmail.benchmarks.probe.ReplyTiming;
import java.util.List;

/**
 * Whether any multi-line reply waits on Nagle's algorithm: each must arrive in one read, and none may take anywhere
 * near the 40 ms of a delayed ACK.
 */
final class ReplyFramingScenario implements Scenario {
    private static final int REPETITIONS = 20;
    private static final double STALL_MILLIS = 30;

    @Override
    public String name() {
        return "framing";
    }

    @Override
    public List<Row> run() throws Exception {
        Progress.say("multi-line replies over raw sockets");
        ReplyFramingProbe probe = new ReplyFramingProbe(REPETITIONS);
        ReplyTiming ours;
        try (FakeGmailFixture server = FakeGmailFixture.start()) {
            probe.fakeGmail(server); // warm-up: class loading and first compilations are not what is probed
            ours = probe.fakeGmail(server);
        }
        ReplyTiming theirs;
        try (GreenMailFixture server = GreenMailFixture.start(GreenMailFixture.Protocol.SMTP)) {
            probe.greenMail(server);
            theirs = probe.greenMail(server);
        }
        double ourMedian = Stats.median(ours.millis());
        return List.of(new Row("No reply waits on Nagle: " + ours.replies() + " multi-line replies of ours (EHLO, 530, "
                + "before and inside TLS), " + theirs.replies() + " of GreenMail's (EHLO) — most reads per reply; "
                + "p50 / max time", cell(ours), cell(theirs), Format.ratio(Stats.median(theirs.millis()) / ourMedian),
                "1 read each, none near 40 ms",
                Verdict.of(ours.maxReads() == 1 && Stats.max(ours.millis()) < STALL_MILLIS)));
    }

    private static String cell(ReplyTiming timing) {
        return timing.maxReads() + (timing.maxReads() == 1 ? " read; " : " reads; ")
                + Format.significant(Stats.median(timing.millis())) + " / "
                + Format.significant(Stats.max(timing.millis())) + " ms";
    }
}
