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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/gmail-api.md with Google's own Node client, {@code googleapis} 176 (npm), pointed at the fake by its root URL
 * alone (it ignores any path in {@code rootUrl}, so the door sits at the root of the HTTP port) and refreshing
 * against the fake's {@code /token}: send, list, read back raw, a draft created, listed and sent, and a
 * {@code gmail.readonly} token refused on send.
 * Skipped, with the install command as the reason, when Node or the package is missing.
 */
class GoogleNodeClientTest {
    @RegisterExtension
    static final GmailApiServer GMAIL = new GmailApiServer();

    private static final Path NODE_CLIENTS = Path.of("src", "test", "node").toAbsolutePath();
    private static final OAuthClient CLIENT = new OAuthClient("456-shop.apps.googleusercontent.com", "GOCSPX-shop");
    private static final long TIMEOUT_SECONDS = 60;

    private final FakeGmailServer server = GMAIL.server();

    @Test
    void sendsListsReadsAndMeetsGooglesRefusals(@TempDir Path directory) throws Exception {
        Assumptions.assumeTrue(nodeRuns(), "Node.js is not installed: apt-get install nodejs");
        Assumptions.assumeTrue(Files.isDirectory(NODE_CLIENTS.resolve(Path.of("node_modules", "googleapis"))),
                "Google's Node client is not installed: npm install --prefix http/src/test/node");
        RefreshToken refresh = GMAIL.account(ALICE).mintRefreshToken(CLIENT);
        RefreshToken readonly = GMAIL.account(ALICE).mintRefreshToken(CLIENT,
                "https://www.googleapis.com/auth/gmail.readonly");
        Path script = directory.resolve("gmail_client.js");
        try (InputStream in = GoogleNodeClientTest.class.getResourceAsStream("gmail_client.js")) {
            Files.write(script, in.readAllBytes());
        }

        String output = run(directory, "node", script.toString(), server.gmailApiRootUrl(),
                server.tokenUri().toString(), CLIENT.clientId(), CLIENT.clientSecret(), refresh.value(),
                readonly.value());

        JsonNode result = new ObjectMapper().readTree(output.strip().substring(output.strip().lastIndexOf('\n') + 1));
        ReceivedMessage received = server.receivedMessages().get(0);
        assertThat(received.subject()).isEqualTo("From Node");
        assertThat(new String(received.submittedBytes(), StandardCharsets.US_ASCII)).isEqualTo("From: alice@gmail.com"
                + "\r\nTo: bob@gmail.com\r\nSubject: From Node\r\n\r\nSent with googleapis.\r\n");
        assertThat(result.at("/sent/id").asText()).isEqualTo("0000000000000001");
        assertThat(result.at("/sent/labelIds").toString()).contains("\"SENT\"");
        assertThat(result.at("/listed/messages/0/id").asText()).isEqualTo("0000000000000001");
        assertThat(result.at("/raw").asText()).isEqualTo(new String(received.rawBytes(), StandardCharsets.UTF_8));
        assertThat(result.at("/draft/id").asText()).isEqualTo("r1");
        assertThat(result.at("/draft/message/labelIds/0").asText()).isEqualTo("DRAFT");
        assertThat(result.at("/drafts/drafts/0/id").asText()).isEqualTo("r1");
        assertThat(result.at("/draftSent/id").asText()).isEqualTo("0000000000000002");
        assertThat(server.receivedMessages().get(1).subject()).isEqualTo("Drafted in Node");
        assertThat(server.receivedMessages().get(1).from()).isEqualTo(ALICE.address());
        assertThat(result.at("/refused/status").asInt()).isEqualTo(403);
        assertThat(result.at("/refused/error/errors/0/reason").asText()).isEqualTo("insufficientPermissions");
        assertThat(result.at("/refused/error/status").asText()).isEqualTo("PERMISSION_DENIED");
        assertThat(result.at("/refused/wwwAuthenticate").asText()).contains("insufficient_scope");
        assertThat(server.receivedMessages()).hasSize(2);
        GoogleClients.assertNotFoundAndRateLimited(result);
        assertThat(result.at("/retried").asInt()).as("a GET's 429, retried by gaxios itself").isEqualTo(2);
        assertThat(server.faults().struck()).hasSize(2);
        assertThat(result.at("/revoked/status").asInt()).isEqualTo(401);
        assertThat(result.at("/revoked/error/status").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(result.at("/revoked/error/errors/0/reason").asText()).isEqualTo("authError");
    }

    private static boolean nodeRuns() throws InterruptedException {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String run(Path directory, String... command) throws IOException, InterruptedException {
        Path output = directory.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.toLowerCase(Locale.ROOT).endsWith("_proxy"));
        builder.environment().put("NODE_PATH", NODE_CLIENTS.resolve("node_modules").toString());
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            throw new AssertionError("The Node client did not finish within " + TIMEOUT_SECONDS + " s; it printed:\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("the Node client's exit code; it printed:%n%s", printed).isZero();
        return printed;
    }
}
