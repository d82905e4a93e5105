package dev.fakegmail.server.internal.cli;

import dev.fakegmail.server.AccountSettings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Turns the standalone fake Gmail's arguments into {@link CliOptions}, or says what is wrong with them. */
final class CliParser {
    private static final int MAX_PORT = 65_535;

    private CliParser() {
    }

    /**
     * Parses {@code --flag value} and {@code --flag=value} arguments. When {@code --help} (or {@code -h}) is
     * among them, the rest is not checked.
     *
     * @throws UsageException naming the argument, what was expected and the fix
     */
    static CliOptions parse(List<String> args) throws UsageException {
        CliOptions defaults = CliOptions.defaults();
        if (args.contains(CliFlag.HELP.flag()) || args.contains("-h")) {
            return new CliOptions(defaults.account(), Optional.empty(), Optional.empty(), defaults.port(),
                    defaults.sslPort(), defaults.imapPort(), false, Optional.empty(), Optional.empty(), true);
        }
        Map<CliFlag, String> given = collect(args);
        CliOptions options = new CliOptions(
                given.getOrDefault(CliFlag.ACCOUNT, defaults.account()),
                Optional.ofNullable(given.get(CliFlag.PASSWORD)),
                Optional.ofNullable(given.get(CliFlag.APP_PASSWORD)),
                port(given, CliFlag.PORT, defaults.port()),
                port(given, CliFlag.SSL_PORT, defaults.sslPort()),
                port(given, CliFlag.IMAP_PORT, defaults.imapPort()),
                given.containsKey(CliFlag.STRICT_PORTS),
                path(given, CliFlag.CA_OUT),
                path(given, CliFlag.PROFILE_OUT),
                false);
        checkAccount(options);
        return options;
    }

    /** The text {@code --help} prints. */
    static String usage(String command) {
        StringBuilder text = new StringBuilder()
                .append("Usage: ").append(command).append(" [options]\n\n")
                .append("A fake smtp.gmail.com on this machine, for trying mail code from any language or by hand:\n")
                .append("STARTTLS and implicit TLS with a test CA, Gmail's replies, a Google Account that logs in\n")
                .append("with an app password. Prints the SMTP settings, then one line per accepted message.\n")
                .append("Ctrl-C or SIGTERM stops it.\n\nOptions:\n");
        for (CliFlag flag : CliFlag.values()) {
            text.append(String.format("  %-23s %s%n", flag.synopsis(), flag.description()));
        }
        return text.append("\nExit codes: 0 stopped normally, 1 could not start, 2 bad options.\n").toString();
    }

    private static Map<CliFlag, String> collect(List<String> args) throws UsageException {
        Map<CliFlag, String> given = new EnumMap<>(CliFlag.class);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            CliFlag flag = flag(name);
            String value;
            if (!flag.takesValue()) {
                if (!name.equals(arg)) {
                    throw new UsageException(flag.flag() + " takes no value; write just " + flag.flag());
                }
                value = "";
            } else if (!name.equals(arg)) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                throw new UsageException(flag.flag() + " needs a value: " + flag.synopsis() + " (write "
                        + flag.flag() + "=VALUE for a value that starts with --)");
            }
            if (given.put(flag, value) != null) {
                throw new UsageException(flag.flag() + " was given twice; give it once");
            }
        }
        return given;
    }

    private static CliFlag flag(String name) throws UsageException {
        Optional<CliFlag> flag = CliFlag.named(name);
        if (flag.isPresent()) {
            return flag.get();
        }
        Optional<CliFlag> meant = CliFlag.resembling(name);
        if (meant.isPresent()) {
            throw new UsageException("Unknown option '" + name + "'; did you mean " + meant.get().flag() + "?");
        }
        if (!name.startsWith("-")) {
            throw new UsageException("Unexpected argument '" + name + "': every option starts with --,"
                    + " e.g. --account alice@gmail.com");
        }
        throw new UsageException("Unknown option '" + name + "'");
    }

    private static int port(Map<CliFlag, String> given, CliFlag flag, int fallback) throws UsageException {
        String value = given.get(flag);
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= MAX_PORT) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        throw new UsageException(flag.flag() + " must be a port number from 1 to " + MAX_PORT
                + " or 0 for any free port, but was '" + value + "'");
    }

    private static Optional<Path> path(Map<CliFlag, String> given, CliFlag flag) throws UsageException {
        String value = given.get(flag);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBlank()) {
            throw new UsageException(flag.flag() + " needs a file name, e.g. " + flag.flag()
                    + (flag == CliFlag.CA_OUT ? " fake-gmail-ca.pem" : " fake-gmail-profile.json"));
        }
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            throw new UsageException(flag.flag() + " is not a usable file name: " + e.getMessage());
        }
    }

    private static void checkAccount(CliOptions options) throws UsageException {
        AccountSettings settings = checked(CliFlag.ACCOUNT, () -> AccountSettings.of(options.account()));
        if (options.password().isPresent()) {
            AccountSettings account = settings;
            settings = checked(CliFlag.PASSWORD, () -> account.withPassword(options.password().get()));
        }
        if (options.appPassword().isPresent()) {
            AccountSettings account = settings;
            checked(CliFlag.APP_PASSWORD, () -> account.withAppPassword(options.appPassword().get()));
        }
    }

    private static AccountSettings checked(CliFlag flag, Supplier<AccountSettings> settings) throws UsageException {
        try {
            return settings.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(flag.flag() + ": " + e.getMessage());
        }
    }
}
