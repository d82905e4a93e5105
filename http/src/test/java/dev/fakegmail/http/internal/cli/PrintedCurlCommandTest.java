package dev.fakegmail.http.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curl command the standalone prints is pasted into a shell as it is, and the message arrives. */
@Tag("integration")
class PrintedCurlCommandTest {
    @TempDir
    Path dir;

    @Test
    void thePrintedCommandSendsATestMessage() throws Exception {
        Assumptions.assumeTrue(onPath("curl"), "curl is not installed: apt-get install curl");
        Assumptions.assumeTrue(onPath("sh"), "there is no POSIX shell (sh) on the PATH");
        try (RunningCli cli = RunningCli.run("--port", "0", "--ssl-port", "0", "--http-port", "0",
                "--ca-out", dir.resolve("it's a dir/ca.pem").toString())) {
            cli.gmail();
            String command = cli.out().lines().filter(line -> line.startsWith("printf ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no curl command in:\n" + cli.out()));

            Path output = dir.resolve("curl.txt");
            ProcessBuilder shell = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            shell.environment().keySet().removeIf(name -> name.toLowerCase(Locale.ROOT).endsWith("_proxy"));
            Process process = shell.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the printed curl command did not finish: " + Files.readString(output));
            }
            assertThat(process.exitValue()).as(Files.readString(output, StandardCharsets.UTF_8)).isZero();

            assertThat(cli.stop()).isZero();
            assertThat(cli.out()).contains("  from user@gmail.com  to someone@example.com"
                    + "  subject \"Hello from the fake Gmail\"\n");
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(directory -> !directory.isEmpty() && Files.isExecutable(Path.of(directory, program)));
    }
}
