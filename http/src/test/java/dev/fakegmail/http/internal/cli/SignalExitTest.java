package dev.fakegmail.http.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exit codes {@code --help} promises, from a real JVM stopped by a real signal. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SignalExitTest {

    @ParameterizedTest(name = "SIG{0} exits with {1}")
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalStopsItWithTheShellsExitCode(String signal, int expected) throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FakeGmailMain.class.getName(),
                "--port", "0", "--ssl-port", "0", "--http-port", "0"))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            waitForStart(out);
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();

            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the fake Gmail stopped").isTrue();
            assertThat(process.exitValue()).isEqualTo(expected);
            assertThat(out.lines().toList()).contains("Fake Gmail stopped; it accepted 0 messages.");
            assertThat(CliParser.usage("x")).contains(expected + " stopped with "
                    + (expected == 130 ? "Ctrl-C (SIGINT)" : "SIGTERM"));
        } finally {
            process.destroyForcibly();
        }
    }

    private static void waitForStart(BufferedReader out) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("Accepted messages")) {
                return;
            }
        }
        throw new AssertionError("the fake Gmail ended before it started");
    }
}
