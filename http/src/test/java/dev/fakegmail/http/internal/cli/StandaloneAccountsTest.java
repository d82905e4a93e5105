package dev.fakegmail.http.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.AccountKind;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.TestClock;
import dev.fakegmail.server.protocol.RawSmtpClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone's accounts, clock and HTTP side as its flags set them, and its line per refused login. */
class StandaloneAccountsTest {

    @Test
    void severalAccountsEachWithItsOwnFlags() throws Exception {
        try (RunningCli cli = RunningCli.run("--port", "0", "--ssl-port", "0", "--http-port", "0",
                "--account", "alice@gmail.com", "--workspace", "--daily-limit", "3",
                "--account", "bob@gmail.com", "--no-2sv", "--password", "Bob-Secret-1",
                "--account", "carol@gmail.com", "--app-password", "abcd efgh ijkl mnop", "--clock", "test")) {
            FakeGmailServer server = cli.gmail().server();

            List<GmailAccount> accounts = server.accounts();
            assertThat(accounts).extracting(GmailAccount::address)
                    .containsExactly("alice@gmail.com", "bob@gmail.com", "carol@gmail.com");
            assertThat(accounts.get(0).settings().kind()).isEqualTo(AccountKind.WORKSPACE);
            assertThat(accounts.get(0).dailySendingLimit()).isEqualTo(3);
            assertThat(accounts.get(1).isTwoStepVerificationOn()).isFalse();
            assertThat(accounts.get(1).password()).isEqualTo("Bob-Secret-1");
            assertThat(accounts.get(2).currentAppPassword().orElseThrow().value()).isEqualTo("abcdefghijklmnop");
            assertThat(server.clock()).isInstanceOf(TestClock.class);
            assertThat(cli.out()).contains("\nAccounts\n")
                    .contains("  bob@gmail.com                consumer, 2-Step Verification off: every SMTP login is"
                            + " refused, daily limit 500\n")
                    .contains("  carol@gmail.com              consumer, app password abcdefghijklmnop, daily limit"
                            + " 500\n")
                    .contains("; test clock: POST /api/clock/advance");
        }
    }

    @Test
    void servesHttpAndWritesItsPortToTheProfile(@TempDir Path dir) throws Exception {
        Path profileFile = dir.resolve("profile.json");
        try (RunningCli cli = RunningCli.run("--port", "0", "--ssl-port", "0", "--http-port", "0",
                "--profile-out", profileFile.toString())) {
            FakeGmailServer server = cli.gmail().server();
            Map<String, Object> profile = FlatJson.parse(Files.readString(profileFile));

            assertThat(profile.get("httpPort")).isEqualTo((long) server.httpPort());
            assertThat(profile.get("gmailApiRootUrl")).isEqualTo(server.gmailApiRootUrl());
            assertThat(profile.get("tokenUri")).isEqualTo(server.tokenUri().toString());
            assertThat(cli.out()).contains("HTTP API     http://localhost:" + server.httpPort() + "/api/\n");
            HttpResponse<String> accounts = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.httpPort() + "/api/accounts")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(accounts.statusCode()).isEqualTo(200);
            assertThat(accounts.body()).contains("\"address\" : \"user@gmail.com\"");
        }
    }

    @Test
    void printsOneLinePerRefusedLoginWithTheReasonButNoSecret() throws Exception {
        try (RunningCli cli = RunningCli.run("--port", "0", "--ssl-port", "0", "--http-port", "0",
                "--account", "alice@gmail.com", "--password", "Correct-Horse-1")) {
            FakeGmailServer server = cli.gmail().server();
            try (RawSmtpClient client = RawSmtpClient.connect(server)) {
                client.ehloAndStartTls();
                client.command("AUTH PLAIN " + RawSmtpClient.plain("alice@gmail.com", "Correct-Horse-1"));
                client.command("AUTH PLAIN " + RawSmtpClient.plain("alice@gmail.com", "not-the-app-password"));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (cli.out().split("login refused", -1).length < 3 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            assertThat(cli.out()).containsPattern("\n\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  login refused  "
                    + "alice@gmail.com  PLAIN  534 5\\.7\\.9 \\(application-specific password required: the account"
                    + " password was used; use an app password\\)\n")
                    .containsPattern("login refused  alice@gmail.com  PLAIN  535 5\\.7\\.8 \\(username and password"
                            + " not accepted: a wrong, unknown or revoked app password, or token\\)\n")
                    .doesNotContain("not-the-app-password")
                    .doesNotContainPattern("refused.*Correct-Horse-1");
        }
    }
}
