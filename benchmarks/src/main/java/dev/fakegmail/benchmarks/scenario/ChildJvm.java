package dev.fakegmail.benchmarks.scenario;

import dev.fakegmail.benchmarks.process.ChildOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a measuring main class in a fresh JVM with this JVM's class path and default settings, and collects the
 * {@code result.*} lines it prints. Its standard error is appended to a log file.
 */
final class ChildJvm {
    private static final long TIMEOUT_SECONDS = 180;

    private final Path logDirectory;

    ChildJvm(Path logDirectory) {
        this.logDirectory = logDirectory;
    }

    /**
     * Runs {@code main} with {@code args} and waits for it to exit.
     *
     * @throws IllegalStateException when the process fails, times out or prints no results
     */
    Run run(Class<?> main, String... args) throws IOException, InterruptedException {
        return run(TIMEOUT_SECONDS, main, args);
    }

    /** {@link #run(Class, String...)} with another time limit, in seconds. */
    Run run(long timeoutSeconds, Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(logDirectory, main.getSimpleName(), ".out");
        Path stderr = logDirectory.resolve(main.getSimpleName() + ".err.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
        long begin = System.nanoTime();
        Process process = builder.start();
        boolean exited = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        long end = System.nanoTime();
        if (!exited) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command.subList(3, command.size()))
                    + " did not exit within " + timeoutSeconds + " s; see " + stderr);
        }
        Map<String, Double> results = parse(Files.readAllLines(stdout));
        Files.delete(stdout);
        if (process.exitValue() != 0 || results.isEmpty()) {
            throw new IllegalStateException(String.join(" ", command.subList(3, command.size()))
                    + " failed with exit status " + process.exitValue() + "; see " + stderr);
        }
        return new Run((end - begin) / 1e6, results);
    }

    /** The {@code result.<key>=<number>} lines of a child's output. */
    static Map<String, Double> parse(List<String> lines) {
        Map<String, Double> results = new HashMap<>();
        for (String line : lines) {
            int equals = line.indexOf('=');
            if (line.startsWith(ChildOutput.PREFIX) && equals > 0) {
                results.put(line.substring(ChildOutput.PREFIX.length(), equals),
                        Double.parseDouble(line.substring(equals + 1)));
            }
        }
        return Map.copyOf(results);
    }

    /**
     * One finished child process.
     *
     * @param wallMillis from starting the process to its exit, in milliseconds
     * @param results    the figures it printed
     */
    record Run(double wallMillis, Map<String, Double> results) {

        /**
         * One printed figure.
         *
         * @throws IllegalStateException when the child did not print it
         */
        double result(String key) {
            Double value = results.get(key);
            if (value == null) {
                throw new IllegalStateException("the child printed no result." + key + ", only " + results.keySet());
            }
            return value;
        }
    }
}
