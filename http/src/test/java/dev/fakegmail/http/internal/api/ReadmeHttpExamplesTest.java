package dev.fakegmail.http.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.FakeGmailServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The curl and Python examples of the README's "HTTP API and OAuth token endpoint" section, run as written against
 * a fake Gmail; only the environment variables they read ({@code FAKE_GMAIL_API}, {@code FAKE_GMAIL_PORT},
 * {@code FAKE_GMAIL_CA}) say where it runs. Maven runs tests in the module's folder, so the README is
 * {@code ../README.md}.
 */
class ReadmeHttpExamplesTest {
    private static final Path README = Path.of("..", "README.md");
    private static final String SECTION = "## HTTP API and OAuth token endpoint";

    @TempDir
    Path dir;
    private FakeGmailServer gmail;
    private Map<String, String> environment;

    @BeforeEach
    void start() throws IOException {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).httpPort(0).build().start();
        Path ca = gmail.certificateAuthority().writePem(dir.resolve("ca.pem"));
        environment = Map.of("FAKE_GMAIL_API", "http://localhost:" + gmail.httpPort(),
                "FAKE_GMAIL_PORT", Integer.toString(gmail.smtpPort()), "FAKE_GMAIL_CA", ca.toString());
    }

    @AfterEach
    void stop() {
        gmail.close();
    }

    @Test
    void theCurlExamplesRunAsWritten() throws Exception {
        assumeInstalled("curl");
        List<String> blocks = blocks("bash");
        assertThat(blocks).hasSize(1);

        String output = run(List.of("bash", "-e", "-c", blocks.get(0)));

        assertThat(output).contains("\"address\" : \"user@gmail.com\"", "\"kind\" : \"workspace\"",
                "\"dailySendingLimit\" : 50", "\"name\" : \"Shop\"", "\"error\" : \"timeout\"",
                "\"appPasswords\" : 2", "\"events\" : [ ]");
        assertThat(gmail.account("shop@gmail.com").password()).isEqualTo("A-new-password-1");
        assertThat(gmail.account("shop@gmail.com").appPasswords()).isEmpty();
    }

    @Test
    void thePythonStoryRunsAsWritten() throws Exception {
        assumeInstalled("python3");
        List<String> blocks = blocks("python");
        assertThat(blocks).hasSize(1);
        Path script = Files.writeString(dir.resolve("story.py"), blocks.get(0));

        String output = run(List.of("python3", script.toString()));

        assertThat(output).matches("ok: LOGIN_REFUSED crm@gmail\\.com (PLAIN|LOGIN) 535 5\\.7\\.8 \\(session \\S+\\)\n");
        assertThat(gmail.receivedMessages()).hasSize(1);
        assertThat(gmail.account("crm@gmail.com").refreshTokens()).allMatch(t -> t.isRevoked());
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code of %s; output:%n%s", command.get(0), text).isZero();
        return text;
    }

    private static List<String> blocks(String language) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int start = readme.indexOf(SECTION);
        assertThat(start).as("the README has a section " + SECTION).isNotNegative();
        int end = readme.indexOf("\n## ", start + SECTION.length());
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Matcher matcher = Pattern.compile("(?ms)^```" + language + "\\n(.*?)^```\\s*$").matcher(section);
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    private static void assumeInstalled(String program) {
        boolean found = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
        Assumptions.assumeTrue(found, program + " is not installed: apt-get install " + program);
    }
}
