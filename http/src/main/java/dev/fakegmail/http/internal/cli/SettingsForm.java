package dev.fakegmail.http.internal.cli;

import dev.fakegmail.server.GmailAccount;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text the standalone fake Gmail prints on start: the profile laid out like a mail client's SMTP settings
 * form, where the CA file is, and a {@code curl} command that sends a test message. It shows the app password:
 * that is its purpose.
 */
final class SettingsForm {
    /** The recipient of the test message in the printed curl command. */
    static final String TEST_RECIPIENT = "someone@example.com";
    /** The subject of the test message in the printed curl command. */
    static final String TEST_SUBJECT = "Hello from the fake Gmail";

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9@%+=:,./_-]+");

    private SettingsForm() {
    }

    /**
     * The whole start-up text.
     *
     * @param profile the bound ports, the account and the CA file
     * @param options the command line: the ports asked for, whether the CA file is temporary, the profile file
     */
    static String render(StandaloneProfile profile, CliOptions options, List<GmailAccount> accounts) {
        StringBuilder text = new StringBuilder()
                .append("Fake Gmail is running on ").append(profile.hostName()).append(". Ctrl-C stops it.\n\n")
                .append("SMTP settings\n")
                .append(field("Host Name", profile.hostName()))
                .append(field("Username", profile.username()))
                .append(field("Password", profile.appPassword() + "   (app password; Google shows it as \""
                        + profile.formattedAppPassword() + "\")"))
                .append(field("Port", profile.port() + portNote(options.port(), profile.port())))
                .append(field("Use SSL", "Yes"))
                .append(field("Type", "STARTTLS"))
                .append("  For implicit TLS instead: Port ").append(profile.sslPort())
                .append(portNote(options.sslPort(), profile.sslPort())).append(", Type SSL.\n")
                .append("  IMAP (reading mail): Port ").append(profile.imapPort())
                .append(portNote(options.imapPort(), profile.imapPort()))
                .append(", Use SSL Yes, the same username and password.\n\n")
                .append(String.format("%-13s%s\n", "Test CA", profile.caFile()))
                .append(String.format("%-13s%s\n", "", "PEM; clients must trust it. A new CA on every start"
                        + (options.caOut().isEmpty() ? "; deleted on stop (--ca-out FILE keeps it)." : ".")));
        options.profileOut().ifPresent(file -> text.append(String.format("%-13s%s\n", "Profile JSON",
                file.toAbsolutePath().normalize())));
        String api = "http://" + profile.hostName() + ":" + profile.httpPort();
        text.append(String.format("%-13s%s\n", "Web inbox", api + "/" + portNote(options.httpPort(),
                profile.httpPort())))
                .append(String.format("%-13s%s\n", "", "the Google Account page (app passwords, Change password,"
                        + " refused logins) is " + api + "/account"))
                .append(String.format("%-13s%s\n", "HTTP API", api + "/api/"))
                .append(String.format("%-13s%s\n", "", "OpenAPI " + api + "/api/openapi.json; OAuth token endpoint "
                        + api + "/token" + (options.testClock() ? "; test clock: POST /api/clock/advance" : "")))
                .append(String.format("%-13s%s\n", "Gmail API", api + "/"))
                .append(String.format("%-13s%s\n", "", "the root URL for Google's clients (docs/gmail-api.md);"
                        + " token URI " + api + "/token"));
        if (accounts.size() > 1 || !accounts.get(0).address().equals(profile.username())) {
            text.append("\nAccounts\n");
            accounts.forEach(account -> text.append(accountLine(account)));
        }
        return text.append("\nSend a test message:\n")
                .append(curlCommand(profile)).append('\n')
                .append("\nAccepted messages (time, from, to, subject) and refused logins:\n")
                .toString();
    }

    /**
     * A one-line shell command that sends a test message with curl over STARTTLS, verifying the server with the
     * CA file.
     */
    static String curlCommand(StandaloneProfile profile) {
        return "printf '%s\\r\\n' " + quote("From: " + profile.username()) + " " + quote("To: " + TEST_RECIPIENT)
                + " " + quote("Subject: " + TEST_SUBJECT) + " '' " + quote("Sent with curl.")
                + " | curl -sS --ssl-reqd --url " + quote("smtp://" + profile.hostName() + ":" + profile.port())
                + " --cacert " + quote(profile.caFile().toString())
                + " --user " + quote(profile.username() + ":" + profile.appPassword())
                + " --mail-from " + quote(profile.username()) + " --mail-rcpt " + quote(TEST_RECIPIENT) + " -T -";
    }

    /** {@code word} quoted for a POSIX shell, unchanged when it needs no quotes. */
    static String quote(String word) {
        if (SHELL_SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static String accountLine(GmailAccount account) {
        String secret = account.currentAppPassword().map(p -> "app password " + p.value())
                .orElse("2-Step Verification off: every SMTP login is refused");
        return String.format("  %-28s %s, %s, daily limit %d\n", account.address(),
                account.settings().kind().name().toLowerCase(java.util.Locale.ROOT), secret,
                account.dailySendingLimit());
    }

    private static String portNote(int requested, int bound) {
        return requested == 0 || requested == bound ? "" : " (" + requested + " was not free)";
    }

    private static String field(String label, String value) {
        return String.format("  %-11s%s\n", label, value);
    }
}
