package dev.fakegmail.benchmarks.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.fakegmail.benchmarks.fixtures.Contender;
import dev.fakegmail.benchmarks.process.ChildOutput;
import java.io.PrintWriter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Scenario 6: runs one of the two twenty-test classes through the JUnit Platform launcher in this (fresh) JVM and
 * prints {@code result.millis}, the time from creating the launcher to the end of the last test. Exits with status 1
 * when not every test passed.
 */
public final class JUnitClassRun {
    /** Tests in each class. */
    static final int TESTS = 20;

    private JUnitClassRun() {
    }

    /** The argument is {@code fake-gmail} or {@code greenmail-smtp}. */
    public static void main(String[] args) {
        Class<?> testClass = Contender.parse(args[0]) == Contender.FAKE_GMAIL
                ? FakeGmailTwentyTests.class : GreenMailTwentyTests.class;
        long begin = System.nanoTime();
        Launcher launcher = LauncherFactory.create();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(testClass))
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        long end = System.nanoTime();
        TestExecutionSummary summary = listener.getSummary();
        if (summary.getTestsSucceededCount() != TESTS || summary.getTotalFailureCount() != 0) {
            summary.printTo(new PrintWriter(System.err, true));
            summary.printFailuresTo(new PrintWriter(System.err, true), 20);
            System.exit(1);
        }
        ChildOutput.result("millis", (end - begin) / 1e6);
    }
}
