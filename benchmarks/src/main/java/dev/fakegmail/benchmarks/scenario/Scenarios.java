package dev.fakegmail.benchmarks.scenario;

import java.nio.file.Path;
import java.util.List;

/** Every scenario of the report, in the order. */
public final class Scenarios {
    private Scenarios() {
    }

    /**
     * @param jmh          runs the JMH benchmarks
     * @param logDirectory where child processes and JMH write their logs
     * @param processRuns  how many fresh processes each process scenario starts per server (their median counts)
     */
    public static List<Scenario> all(Jmh jmh, Path logDirectory, int processRuns) {
        ChildJvm children = new ChildJvm(logDirectory);
        return List.of(
                new StartStopScenario(jmh, children, processRuns),
                new MessagePerConnectionScenario(jmh),
                new ReusedConnectionScenario(jmh),
                new ConcurrentClientsScenario(jmh),
                new MemoryScenario(children),
                new JUnitClassScenario(children, processRuns),
                new FreshProcessScenario(children, processRuns),
                new ReplyFramingScenario(),
                new FoldedHeaderScenario(jmh),
                new ListingScenario(jmh, children),
                new ImapScenario(jmh),
                new ApiSendScenario(jmh));
    }
}
