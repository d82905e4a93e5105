package dev.fakegmail.benchmarks.scenario;

import dev.fakegmail.benchmarks.fixtures.Contender;
import dev.fakegmail.benchmarks.process.FreshProcess;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 7: a whole fresh process that starts a server, sends one message, checks it and exits; wall time from
 * spawning to exit and peak resident memory, medians of several runs.
 */
final class FreshProcessScenario implements Scenario {
    private static final double WALL_TARGET_MILLIS = 1_000;
    private static final double RSS_TARGET_MIB = 120;

    private final ChildJvm children;
    private final int runs;

    FreshProcessScenario(ChildJvm children, int runs) {
        this.children = children;
        this.runs = runs;
    }

    @Override
    public String name() {
        return "process";
    }

    @Override
    public List<Row> run() throws Exception {
        Progress.say("whole fresh processes, " + runs + " per server");
        List<ChildJvm.Run> ours = new ArrayList<>();
        List<ChildJvm.Run> theirs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ours.add(children.run(FreshProcess.class, Contender.FAKE_GMAIL.argument()));
            theirs.add(children.run(FreshProcess.class, Contender.GREENMAIL_SMTPS.argument()));
        }
        Quantity wall = Quantity.millis(Stats.median(ours.stream().map(ChildJvm.Run::wallMillis).toList()));
        Quantity rss = Quantity.mebibytesFromKib(peakRss(ours));
        String what = "7. Whole fresh process: start, send one message, check it, exit";
        return List.of(
                Row.lessIsBetter(what + " — wall time, vs GreenMail SMTPS", wall,
                        Quantity.millis(Stats.median(theirs.stream().map(ChildJvm.Run::wallMillis).toList())),
                        "< 1.0 s", Verdict.of(wall.value() < WALL_TARGET_MILLIS)),
                Row.lessIsBetter(what + " — peak RSS (VmHWM), vs GreenMail SMTPS", rss,
                        Quantity.mebibytesFromKib(peakRss(theirs)), "< 120 MiB",
                        Verdict.of(rss.value() < RSS_TARGET_MIB)));
    }

    private static double peakRss(List<ChildJvm.Run> runs) {
        return Stats.median(runs.stream().map(run -> run.result("peakRssKiB")).toList());
    }
}
