package dev.fakegmail.http.internal.gmail;

import static dev.fakegmail.http.internal.gmail.GmailApiServer.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.OAuthClient;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.RefreshToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/gmail-api.md with Google's own Python client, Debian's {@code python3-googleapi} (1.7.12, with
 * {@code google-auth}): its token refresh against {@code /token}, {@code alt=json} on every request, LF line ends,
 * and a draft created, read back raw and sent.
 * Skipped, with the install command as the reason, when no {@code python3} can import it.
 */
class GooglePythonClientTest {
    @RegisterExtension
    static final GmailApiServer GMAIL = new GmailApiServer();

    private static final OAuthClient CLIENT = new OAuthClient("123-crm.apps.googleusercontent.com", "GOCSPX-crm");
    private static final long TIMEOUT_SECONDS = 60;

    private final FakeGmailServer server = GMAIL.server();

    @Test
    void sendsListsReadsAndMeetsGooglesRefusals(@TempDir Path directory) throws Exception {
        String python = interpreter().orElse(null);
        Assumptions.assumeTrue(python != null, "Google's Python client is not installed:"
                + " apt-get install python3-googleapi");
        RefreshToken refresh = GMAIL.account(ALICE).mintRefreshToken(CLIENT);
        RefreshToken readonly = GMAIL.account(ALICE).mintRefreshToken(CLIENT,
                "https://www.googleapis.com/auth/gmail.readonly");
        Path script = directory.resolve("gmail_client.py");
        try (InputStream in = GooglePythonClientTest.class.getResourceAsStream("gmail_client.py")) {
            Files.write(script, in.readAllBytes());
        }

        String output = run(directory, python, script.toString(), server.gmailApiRootUrl(),
                server.tokenUri().toString(), CLIENT.clientId(), CLIENT.clientSecret(), refresh.value(),
                readonly.value());

        JsonNode result = new ObjectMapper().readTree(output.strip().substring(output.strip().lastIndexOf('\n') + 1));
        ReceivedMessage received = server.receivedMessages().get(0);
        assertThat(received.subject()).isEqualTo("From Python");
        assertThat(new String(received.submittedBytes(), StandardCharsets.US_ASCII)).isEqualTo("From: alice@gmail.com"
                + "\r\nTo: bob@gmail.com\r\nSubject: From Python\r\n\r\nSent with googleapiclient.\r\n");
        assertThat(result.at("/sent/id").asText()).isEqualTo("0000000000000001");
        assertThat(result.at("/listed/messages/0/id").asText()).isEqualTo("0000000000000001");
        assertThat(result.at("/raw").asText()).isEqualTo(new String(received.rawBytes(), StandardCharsets.UTF_8));
        assertThat(result.at("/draft/id").asText()).isEqualTo("r1");
        assertThat(result.at("/draft/message/labelIds/0").asText()).isEqualTo("DRAFT");
        assertThat(result.at("/draftRaw").asText()).isEqualTo("From: python@example.com\r\nTo: bob@gmail.com\r\n"
                + "Subject: Drafted in Python\r\n\r\nKept, then sent.\r\n");
        assertThat(result.at("/draftSent/id").asText()).isEqualTo("0000000000000002");
        assertThat(result.at("/draftSent/labelIds/0").asText()).isEqualTo("SENT");
        assertThat(server.receivedMessages().get(1).subject()).isEqualTo("Drafted in Python");
        assertThat(server.receivedMessages().get(1).from()).isEqualTo(ALICE.address());
        assertThat(result.at("/refused/status").asInt()).isEqualTo(403);
        assertThat(result.at("/refused/error/errors/0/reason").asText()).isEqualTo("insufficientPermissions");
        assertThat(server.receivedMessages()).hasSize(2);
        GoogleClients.assertNotFoundAndRateLimited(result);
        assertThat(result.at("/revoked").asText()).contains("invalid_grant")
                .contains("Token has been expired or revoked.");
    }

    /** {@code python3} on the PATH, else Debian's {@code /usr/bin/python3}, whichever imports googleapiclient. */
    private static Optional<String> interpreter() throws InterruptedException {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process process = new ProcessBuilder(candidate, "-c", "import googleapiclient, google_auth_httplib2")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return Optional.of(candidate);
                }
                process.destroyForcibly();
            } catch (IOException e) {
                // not installed: try the next
            }
        }
        return Optional.empty();
    }

    private static String run(Path directory, String... command) throws IOException, InterruptedException {
        Path output = directory.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.toLowerCase(java.util.Locale.ROOT).endsWith("_proxy"));
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            throw new AssertionError("The Python client did not finish within " + TIMEOUT_SECONDS + " s; it printed:\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("the Python client's exit code; it printed:%n%s", printed).isZero();
        return printed;
    }
}
