package dev.fakegmail.server.clients;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a third-party program (curl, swaks, python3, openssl) with a bounded wait: it is killed after
 * {@link #TIMEOUT}, and the test fails with what it printed. Proxy variables are removed from its environment,
 * so that the loopback connection is direct.
 */
final class ExternalTool {
    /** The longest any tool may run. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final AtomicInteger RUNS = new AtomicInteger();

    private ExternalTool() {
    }

    /** What a finished run returned and printed (standard output and error, interleaved). */
    record Result(int exitCode, String output) {
    }

    /** Skips the test, with the install command as the reason, when {@code program} is not on the PATH. */
    static void assumeInstalled(String program, String debianPackage) {
        Assumptions.assumeTrue(exists(program), program + " is not installed: apt-get install " + debianPackage);
    }

    /** Whether an executable file called {@code program} is in a directory of the PATH. */
    static boolean exists(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    /** Starts {@code command} in {@code directory} without its proxy variables; the caller owns the process. */
    static ProcessBuilder builder(Path directory, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().keySet().removeIf(name -> name.toLowerCase(Locale.ROOT).endsWith("_proxy"));
        return builder;
    }

    /**
     * Runs {@code command} in {@code directory} with {@code stdin} as its standard input and waits for it, at most
     * {@link #TIMEOUT}.
     */
    static Result run(Path directory, String stdin, String... command) throws IOException, InterruptedException {
        int run = RUNS.incrementAndGet();
        Path input = Files.writeString(directory.resolve("stdin-" + run + ".txt"), stdin, StandardCharsets.UTF_8);
        Path output = directory.resolve("output-" + run + ".txt");
        Process process = builder(directory, List.of(command))
                .redirectErrorStream(true)
                .redirectInput(input.toFile())
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            fail(String.join(" ", command) + " did not finish within " + TIMEOUT + "; it printed:\n"
                    + Files.readString(output, StandardCharsets.ISO_8859_1));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.ISO_8859_1));
    }
}
