package dev.fakegmail.http.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The standalone fake Gmail: {@code java -jar fake-gmail-http-<version>-standalone.jar [options]} starts a fake
 * {@code smtp.gmail.com} on localhost, prints its SMTP settings, the CA file and a {@code curl} command, then one
 * line per accepted message until Ctrl-C or SIGTERM. {@code --help} lists the options.
 *
 * <p>Not public API: the command line is the interface.
 */
public final class FakeGmailMain {
    /**
     * Exit code of {@code --help}, and of {@link #run} after a stop request. A stop by signal ends the JVM with the
     * shell's code instead: 130 after Ctrl-C (SIGINT), 143 after SIGTERM.
     */
    static final int EXIT_OK = 0;
    /** Exit code when the server could not start (a strict port taken, a file not writable). */
    static final int EXIT_FAILED = 1;
    /** Exit code for bad options. */
    static final int EXIT_USAGE = 2;

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private FakeGmailMain() {
    }

    /**
     * Runs until Ctrl-C or SIGTERM, which end the JVM with 130 and 143 (128 plus the signal, as shells report it)
     * once the shutdown hook has stopped the server; {@code --help} exits with {@code 0}, bad options with
     * {@code 2}, a failed start with {@code 1}.
     *
     * @param args the command line; see {@code --help}
     */
    public static void main(String[] args) {
        RequestDeadline.applyIfAbsent(System.getProperties());
        StopSignal signal = new StopSignal();
        Runtime.getRuntime().addShutdownHook(
                new Thread(() -> signal.stopAndAwaitFinished(SHUTDOWN_WAIT), "fake-gmail-shutdown"));
        System.exit(run(args, System.out, System.err, signal));
    }

    /**
     * The whole program without {@code System.exit}: parses {@code args}, starts the server, prints to {@code out}
     * and blocks until {@code signal} asks it to stop.
     *
     * @return the exit code
     */
    static int run(String[] args, PrintStream out, PrintStream err, StopSignal signal) {
        try {
            CliOptions options;
            try {
                options = CliParser.parse(List.of(args));
            } catch (UsageException e) {
                err.println("fake-gmail: " + e.getMessage());
                err.println("Run with --help to see every option.");
                return EXIT_USAGE;
            }
            if (options.help()) {
                out.print(CliParser.usage(command()));
                return EXIT_OK;
            }
            return serve(options, out, err, signal);
        } finally {
            signal.finished();
        }
    }

    private static int serve(CliOptions options, PrintStream out, PrintStream err, StopSignal signal) {
        StandaloneGmail gmail;
        try {
            gmail = StandaloneGmail.start(options, out, ZoneId.systemDefault());
        } catch (IOException | UncheckedIOException e) {
            err.println("fake-gmail: cannot start: " + e.getMessage());
            return EXIT_FAILED;
        }
        try (gmail) {
            signal.started(gmail);
            signal.awaitStopRequest();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return EXIT_OK;
    }

    private static String command() {
        String version = FakeGmailMain.class.getPackage().getImplementationVersion();
        return "java -jar fake-gmail-http-" + (version == null ? "<version>" : version) + "-standalone.jar";
    }
}
