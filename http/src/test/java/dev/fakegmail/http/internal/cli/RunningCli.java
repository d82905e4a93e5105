package dev.fakegmail.http.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** {@link FakeGmailMain#run} on a thread of its own, as a test drives it: start, use, stop, read what it printed. */
final class RunningCli implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final StopSignal signal = new StopSignal();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<Integer> exitCode;

    private RunningCli(String... args) {
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        exitCode = thread.submit(() -> FakeGmailMain.run(args, outStream, errStream, signal));
    }

    /** Runs the CLI with {@code args}; {@link #gmail()} says whether it started. */
    static RunningCli run(String... args) {
        return new RunningCli(args);
    }

    /** The running fake Gmail; fails (showing what was printed) when the run ended without starting. */
    StandaloneGmail gmail() throws InterruptedException {
        return signal.awaitStarted(WAIT).orElseThrow(() -> new AssertionError(
                "The CLI did not start. Output: " + out() + " Errors: " + err()));
    }

    /** Asks the run to stop (as Ctrl-C does) and returns its exit code. */
    int stop() throws Exception {
        signal.requestStop();
        return exitCode();
    }

    /** The exit code of a run that ends by itself. */
    int exitCode() throws Exception {
        return exitCode.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        signal.requestStop();
        thread.shutdown();
        assertThat(thread.awaitTermination(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the CLI thread ended").isTrue();
    }
}
