package dev.fakegmail.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs {@link Fixture} classes through the Jupiter engine, as JUnit tests its own extensions. */
public final class Fixtures {
    /** The configuration parameter that enables fixture classes. */
    public static final String ENABLED = "fakegmail.fixtures.enabled";

    /** Parallel execution: classes concurrent, methods in the same thread unless annotated. */
    public static final Map<String, String> PARALLEL = Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "same_thread",
            "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

    private Fixtures() {
    }

    /** Runs the classes sequentially. */
    public static EngineExecutionResults run(Class<?>... fixtures) {
        return run(Map.of(), fixtures);
    }

    /** Runs the classes with extra configuration parameters. */
    public static EngineExecutionResults run(Map<String, String> configuration, Class<?>... fixtures) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(ENABLED, "true")
                .configurationParameters(configuration)
                .selectors(Arrays.stream(fixtures).map(fixture -> selectClass(fixture)).toArray(ClassSelector[]::new))
                .execute();
    }

    /** Fails, with every fixture failure attached, unless all {@code tests} tests ran and passed. */
    public static void assertAllSucceeded(EngineExecutionResults results, long tests) {
        List<Throwable> failures = failures(results);
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError(failures.size() + " fixture failure(s), first: " + failures.get(0));
            failures.forEach(error::addSuppressed);
            throw error;
        }
        results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    }

    /** The one failure of the run (of a test or of a container), failing when there is not exactly one. */
    public static Throwable singleFailure(EngineExecutionResults results) {
        List<Throwable> failures = failures(results);
        if (failures.size() != 1) {
            AssertionError error = new AssertionError("Expected exactly one fixture failure, got " + failures.size()
                    + ": " + failures);
            failures.forEach(error::addSuppressed);
            throw error;
        }
        return failures.get(0);
    }

    private static List<Throwable> failures(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                .toList();
    }
}
