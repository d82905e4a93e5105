package dev.fakegmail.benchmarks.scenario;

import dev.fakegmail.benchmarks.fixtures.Contender;
import dev.fakegmail.benchmarks.junit.JUnitClassRun;
import java.util.ArrayList;
import java.util.List;

/** Scenario 6: a twenty-test class through the JUnit Platform launcher in a fresh JVM; median of several runs. */
final class JUnitClassScenario implements Scenario {
    private final ChildJvm children;
    private final int runs;

    JUnitClassScenario(ChildJvm children, int runs) {
        this.children = children;
        this.runs = runs;
    }

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public List<Row> run() throws Exception {
        Progress.say("JUnit classes through the launcher, " + runs + " fresh JVMs per server");
        List<Double> ours = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ours.add(children.run(JUnitClassRun.class, Contender.FAKE_GMAIL.argument()).result("millis"));
            theirs.add(children.run(JUnitClassRun.class, Contender.GREENMAIL_SMTP.argument()).result("millis"));
        }
        return List.of(Row.lessIsBetter("6. JUnit class, 20 tests sending one message each, launcher in a fresh JVM "
                        + "— vs GreenMail's extension (SMTP + AUTH)", Quantity.millis(Stats.median(ours)),
                Quantity.millis(Stats.median(theirs)), Row.NO_TARGET, Verdict.NONE));
    }
}
