package dev.fakegmail.http.internal.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The standalone fake Gmail's flags, with the text {@code --help} shows for each. */
enum CliFlag {
    ACCOUNT("--account", "ADDRESS", "a Gmail address that logs in (default user@gmail.com); repeat it for more"
            + " accounts: the five flags below apply to the --account before them"),
    PASSWORD("--password", "PASSWORD", "the Google Account password (default random); SMTP refuses it with 534,"
            + " as Gmail does"),
    APP_PASSWORD("--app-password", "VALUE", "use this app password, 16 letters a-z, spaces allowed"
            + " (default random)"),
    WORKSPACE("--workspace", null, "a Google Workspace account (daily limit 2,000 instead of 500)"),
    DAILY_LIMIT("--daily-limit", "N", "messages per rolling 24 hours before 550 5.4.5"),
    NO_2SV("--no-2sv", null, "2-Step Verification off: no app password, every SMTP login is refused"),
    PORT("--port", "N", "the STARTTLS port (default 587; a free port when taken; 0 = any free port)"),
    SSL_PORT("--ssl-port", "N", "the implicit-TLS port (default 465; a free port when taken; 0 = any free port)"),
    HTTP_PORT("--http-port", "N", "the control API and OAuth token endpoint (default 8025; a free port when"
            + " taken; 0 = any free port)"),
    IMAP_PORT("--imap-port", "N", "the IMAP port, implicit TLS (default 993; a free port when taken; 0 = any free"
            + " port)"),
    ALLOWED_HOST("--allowed-host", "NAME", "also answer HTTP requests for this host name (e.g. mail.test in a"
            + " container network); repeatable"),
    CORS_ORIGIN("--cors-origin", "URL", "let pages at this origin (e.g. http://localhost:3000) call /api; repeatable"),
    MAX_MESSAGES("--max-messages", "N", "keep at most N messages: the oldest are removed first, each one in the"
            + " activity log (default: keep every message)"),
    STRICT_PORTS("--strict-ports", null, "fail instead of falling back to a free port"),
    CLOCK("--clock", "system|test", "test: a clock POST /api/clock/advance moves forward (default system)"),
    CA_OUT("--ca-out", "FILE", "write the test CA as PEM to FILE (default: a temporary file, deleted on stop)"),
    PROFILE_OUT("--profile-out", "FILE", "write the SMTP profile as JSON to FILE"),
    HELP("--help", null, "show this help and exit");

    private final String flag;
    private final String placeholder;
    private final String description;

    CliFlag(String flag, String placeholder, String description) {
        this.flag = flag;
        this.placeholder = placeholder;
        this.description = description;
    }

    /** The flag as typed, e.g. {@code --port}. */
    String flag() {
        return flag;
    }

    /** Whether the flag needs a value ({@code --port 2525} or {@code --port=2525}). */
    boolean takesValue() {
        return placeholder != null;
    }

    /** Whether the flag may be given several times, each value kept ({@code --allowed-host}, {@code --cors-origin}). */
    boolean repeatable() {
        return this == ALLOWED_HOST || this == CORS_ORIGIN;
    }

    /** The flag with its placeholder, e.g. {@code --port N}; {@code -h, --help} for help. */
    String synopsis() {
        if (this == HELP) {
            return "-h, --help";
        }
        return takesValue() ? flag + " " + placeholder : flag;
    }

    /** Whether the flag describes the {@code --account} before it rather than the server. */
    boolean perAccount() {
        return this == ACCOUNT || this == PASSWORD || this == APP_PASSWORD || this == WORKSPACE || this == DAILY_LIMIT
                || this == NO_2SV;
    }

    /** What the flag does. */
    String description() {
        return description;
    }

    /** The flag spelled exactly {@code name}, if any. */
    static Optional<CliFlag> named(String name) {
        return Arrays.stream(values()).filter(f -> f.flag.equals(name)).findFirst();
    }

    /** A flag that {@code name} probably meant ({@code --ssl_port}, {@code --SSLPORT}, {@code -port}), if any. */
    static Optional<CliFlag> resembling(String name) {
        String wanted = squeezed(name);
        return Arrays.stream(values()).filter(f -> squeezed(f.flag).equals(wanted)).findFirst();
    }

    private static String squeezed(String text) {
        return text.replaceAll("[-_]", "").toLowerCase(Locale.ROOT);
    }
}
