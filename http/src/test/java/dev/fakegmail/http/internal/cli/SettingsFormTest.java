package dev.fakegmail.http.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsFormTest {
    private static final List<GmailAccount> ALICE =
            FakeGmailServer.builder().account(AccountSettings.of("alice@gmail.com")).build().accounts();
    private static final StandaloneProfile PROFILE = new StandaloneProfile("localhost", "alice@gmail.com",
            "abcdefghijklmnop", 587, 465, 993, Path.of("/tmp/fake-gmail/ca.pem"), 8025);

    @Test
    void printsTheFormTheCaAndACurlCommand() {
        CliOptions options = CliOptions.defaults();

        String text = SettingsForm.render(PROFILE, new CliOptions(options.accounts(), 587, 465, 8025, 993, false, false,
                Optional.of(Path.of("/tmp/fake-gmail/ca.pem")), Optional.of(Path.of("/tmp/fake-gmail/profile.json")),
                List.of(), List.of(), false), ALICE);

        assertThat(text).isEqualTo("""
                Fake Gmail is running on localhost. Ctrl-C stops it.

                SMTP settings
                  Host Name  localhost
                  Username   alice@gmail.com
                  Password   abcdefghijklmnop   (app password; Google shows it as "abcd efgh ijkl mnop")
                  Port       587
                  Use SSL    Yes
                  Type       STARTTLS
                  For implicit TLS instead: Port 465, Type SSL.
                  IMAP (reading mail): Port 993, Use SSL Yes, the same username and password.

                Test CA      /tmp/fake-gmail/ca.pem
                             PEM; clients must trust it. A new CA on every start.
                Profile JSON /tmp/fake-gmail/profile.json
                Web inbox    http://localhost:8025/
                             the Google Account page (app passwords, Change password, refused logins) is http://localhost:8025/account
                HTTP API     http://localhost:8025/api/
                             OpenAPI http://localhost:8025/api/openapi.json; OAuth token endpoint http://localhost:8025/token
                Gmail API    http://localhost:8025/
                             the root URL for Google's clients (docs/gmail-api.md); token URI http://localhost:8025/token

                Send a test message:
                printf '%s\\r\\n' 'From: alice@gmail.com' 'To: someone@example.com' \
                'Subject: Hello from the fake Gmail' '' 'Sent with curl.' \
                | curl -sS --ssl-reqd --url smtp://localhost:587 --cacert /tmp/fake-gmail/ca.pem \
                --user alice@gmail.com:abcdefghijklmnop --mail-from alice@gmail.com --mail-rcpt someone@example.com -T -

                Accepted messages (time, from, to, subject) and refused logins:
                """);
    }

    @Test
    void saysWhenAPortWasTakenAndWhenTheCaFileIsTemporary() {
        StandaloneProfile fallback = new StandaloneProfile("localhost", "alice@gmail.com", "abcdefghijklmnop", 40001,
                40002, 40004, Path.of("/tmp/fake-gmail-ca-1.pem"), 40003);

        String text = SettingsForm.render(fallback, CliOptions.defaults(), ALICE);

        assertThat(text)
                .contains("  Port       40001 (587 was not free)\n")
                .contains("  For implicit TLS instead: Port 40002 (465 was not free), Type SSL.\n")
                .contains("  IMAP (reading mail): Port 40004 (993 was not free), Use SSL Yes, the same username and"
                        + " password.\n")
                .contains("PEM; clients must trust it. A new CA on every start; deleted on stop"
                        + " (--ca-out FILE keeps it).\n")
                .doesNotContain("Profile JSON");
    }

    @Test
    void portZeroIsNoFallback() {
        CliOptions anyPort = new CliOptions(List.of(CliAccount.of("alice@gmail.com")), 0, 0, 0, 0, false, false,
                Optional.empty(), Optional.empty(), List.of(), List.of(), false);

        assertThat(SettingsForm.render(PROFILE, anyPort, ALICE)).doesNotContain("was not free");
    }

    @Test
    void theCurlCommandQuotesWhatTheShellWouldSplit() {
        StandaloneProfile odd = new StandaloneProfile("localhost", "o'brien@gmail.com", "abcdefghijklmnop", 2525,
                4650, 9930, Path.of("/tmp/my dir/ca $1.pem"), 8025);

        assertThat(SettingsForm.curlCommand(odd))
                .contains("'From: o'\\''brien@gmail.com'")
                .contains("--cacert '/tmp/my dir/ca $1.pem'")
                .contains("--user 'o'\\''brien@gmail.com:abcdefghijklmnop'")
                .contains("--url smtp://localhost:2525");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "alice@gmail.com       | alice@gmail.com",
        "/tmp/ca.pem           | /tmp/ca.pem",
        "has space             | 'has space'",
        "it's                  | 'it'\\''s'",
        "$HOME                 | '$HOME'",
        "a;b                   | 'a;b'",
        "\"\"                  | ''",
    })
    void quotesForAPosixShell(String word, String quoted) {
        assertThat(SettingsForm.quote(word)).isEqualTo(quoted);
    }
}

