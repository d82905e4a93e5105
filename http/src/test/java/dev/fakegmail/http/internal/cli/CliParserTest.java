package dev.fakegmail.http.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.AccountSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CliParserTest {

    @Test
    void noFlagsMeansGmailsPortsAndTheDefaultAccount() throws UsageException {
        CliOptions options = CliParser.parse(List.of());

        assertThat(options).isEqualTo(new CliOptions(List.of(CliAccount.of("user@gmail.com")), 587, 465, 8025,
                993, false, false, Optional.empty(), Optional.empty(), List.of(), List.of(), false));
        AccountSettings account = options.accountSettings();
        assertThat(account.address()).isEqualTo("user@gmail.com");
        assertThat(account.twoStepVerification()).isTrue();
        assertThat(account.appPassword()).isEmpty();
    }

    @Test
    void everyFlagWithASeparateValue() throws UsageException {
        CliOptions options = CliParser.parse(List.of("--account", "alice@gmail.com", "--password", "Correct-Horse-1",
                "--app-password", "abcd efgh ijkl mnop", "--port", "2525", "--ssl-port", "0", "--strict-ports",
                "--ca-out", "out/ca.pem", "--profile-out", "out/profile.json"));

        assertThat(options).isEqualTo(new CliOptions(List.of(new CliAccount("alice@gmail.com",
                Optional.of("Correct-Horse-1"), Optional.of("abcd efgh ijkl mnop"), false, OptionalInt.empty(), true)),
                2525, 0, 8025, 993, true, false, Optional.of(Path.of("out/ca.pem")), Optional.of(Path.of("out/profile.json")),
                List.of(), List.of(), false));
        AccountSettings account = options.accountSettings();
        assertThat(account.password()).isEqualTo("Correct-Horse-1");
        assertThat(account.appPassword()).contains("abcdefghijklmnop");
    }

    @Test
    void everyFlagWithAnEqualsSign() throws UsageException {
        CliOptions options = CliParser.parse(List.of("--account=bob@gmail.com", "--password=--starts-with-dashes",
                "--app-password=abcdefghijklmnop", "--port=0", "--ssl-port=4650", "--imap-port=9930",
                "--ca-out=ca.pem",
                "--profile-out=p.json"));

        assertThat(options).isEqualTo(new CliOptions(List.of(new CliAccount("bob@gmail.com",
                Optional.of("--starts-with-dashes"), Optional.of("abcdefghijklmnop"), false, OptionalInt.empty(), true)),
                0, 4650, 8025, 9930, false, false, Optional.of(Path.of("ca.pem")), Optional.of(Path.of("p.json")), List.of(), List.of(), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpWinsOverEverythingElse(String help) throws UsageException {
        assertThat(CliParser.parse(List.of("--bogus", help, "--port", "x")).help()).isTrue();
    }

    @Test
    void theUsageListsEveryFlag() {
        String usage = CliParser.usage("java -jar fake.jar");

        assertThat(usage).startsWith("Usage: java -jar fake.jar [options]\n");
        for (CliFlag flag : CliFlag.values()) {
            assertThat(usage).contains("  " + flag.synopsis() + " ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--bogus                       | Unknown option '--bogus'",
        "--ssl_port 4650               | Unknown option '--ssl_port'; did you mean --ssl-port?",
        "-port 1                       | Unknown option '-port'; did you mean --port?",
        "alice@gmail.com               | Unexpected argument 'alice@gmail.com': every option starts with --",
        "--port                        | --port needs a value: --port N",
        "--account --port 1            | --account needs a value: --account ADDRESS",
        "--port abc                    | --port must be a port number from 1 to 65535 or 0 for any free port, but was 'abc'",
        "--ssl-port 65536              | --ssl-port must be a port number from 1 to 65535 or 0 for any free port, but was '65536'",
        "--port -1                     | --port must be a port number from 1 to 65535 or 0 for any free port, but was '-1'",
        "--port 1 --port 2             | --port was given twice",
        "--strict-ports=true           | --strict-ports takes no value",
        "--account alice               | --account: Account address 'alice' must contain exactly one '@'",
        "--app-password abc            | --app-password: The fixed app password of account user@gmail.com must be 16 letters",
        "--app-password ABCDEFGHIJKLMNOP | --app-password: The fixed app password of account user@gmail.com must be 16 lowercase letters",
        "--password=                   | --password: The password of account user@gmail.com must not be empty",
        "--ca-out=                     | --ca-out needs a file name, e.g. --ca-out fake-gmail-ca.pem",
        "--http-port x                 | --http-port must be a port number from 1 to 65535 or 0 for any free port, but was 'x'",
        "--clock fast                  | --clock must be 'system' or 'test', but was 'fast'",
        "--daily-limit many            | --daily-limit must be a number of messages, e.g. --daily-limit 500, but was 'many'",
        "--max-messages 0              | --max-messages must be a number of messages, at least 1, e.g. --max-messages 100000, but was '0'",
        "--max-messages lots           | --max-messages must be a number of messages, at least 1, e.g. --max-messages 100000, but was 'lots'",
        "--daily-limit 0               | --daily-limit: The daily sending limit of account user@gmail.com must be at least 1, was 0",
        "--no-2sv                      | --no-2sv is given for every account, so nothing could log in over SMTP",
        "--account a@x.com --no-2sv --app-password abcdefghijklmnop | --app-password: Account a@x.com has a fixed app password but 2-Step Verification off",
        "--account a@x.com --account A@x.com | --account A@x.com was given twice (addresses are compared ignoring case)",
        "--account a@x.com --workspace --workspace | --workspace was given twice for account a@x.com; give it once after each --account",
    })
    void badFlagsAreNamedWithTheFix(String args, String message) {
        assertThatThrownBy(() -> CliParser.parse(List.of(args.split(" "))))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining(message);
    }

    @Test
    void maxMessagesCapsTheJournalAndIsOffByDefault() throws UsageException {
        assertThat(CliParser.parse(List.of("--max-messages", "100000")).maxMessages()).isEqualTo(100_000);
        assertThat(CliParser.parse(List.of()).maxMessages()).isZero();
    }

    @Test
    void flagsBeforeTheFirstAccountDescribeIt() throws UsageException {
        CliOptions options = CliParser.parse(List.of("--password", "P-1", "--account", "a@x.com", "--workspace",
                "--account", "b@x.com", "--daily-limit", "7", "--clock", "test", "--http-port", "9025"));

        assertThat(options.accounts()).containsExactly(
                new CliAccount("a@x.com", Optional.of("P-1"), Optional.empty(), true, OptionalInt.empty(), true),
                new CliAccount("b@x.com", Optional.empty(), Optional.empty(), false, OptionalInt.of(7), true));
        assertThat(options.testClock()).isTrue();
        assertThat(options.httpPort()).isEqualTo(9025);
        assertThat(options.toString()).doesNotContain("P-1");
    }

    @Test
    void theUsageDocumentsDashHAndTheExitCodesOfASignal() {
        assertThat(CliParser.usage("x")).contains("  -h, --help ")
                .contains("Exit codes: 0 after --help; 130 stopped with Ctrl-C (SIGINT); 143 stopped with SIGTERM;\n"
                        + "1 could not start; 2 bad options.\n");
    }

    @Test
    void badFlagsExitWithCodeTwoAndAMessageOnStandardError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = FakeGmailMain.run(new String[] {"--port", "eighty"}, print(out), print(err), new StopSignal());

        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "fake-gmail: --port must be a port number from 1 to 65535 or 0 for any free port, but was 'eighty'\n"
                        + "Run with --help to see every option.\n");
    }

    @Test
    void helpExitsWithCodeZeroAndTheUsageOnStandardOutput() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StopSignal signal = new StopSignal();

        int code = FakeGmailMain.run(new String[] {"--help"}, print(out), print(err), signal);

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: java -jar fake-gmail-http-")
                .contains("--app-password VALUE");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void badSecretsAreNotEchoed() throws UsageException {
        assertThatThrownBy(() -> CliParser.parse(List.of("--app-password", "secretsecretsecre")))
                .hasMessageNotContaining("secretsecretsecre");
        assertThat(CliParser.parse(List.of("--password", "hunter2-hunter2")).toString()).doesNotContain("hunter2");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
