package dev.fakegmail.http.internal.cli;

import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.FakeGmailServerBuilder;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
            return new CliOptions(defaults.accounts(), defaults.port(), defaults.sslPort(), defaults.httpPort(),
                    defaults.imapPort(), false, false, Optional.empty(), Optional.empty(), List.of(), List.of(), true);
        }
        List<Map<CliFlag, String>> scopes = new ArrayList<>();
        scopes.add(new EnumMap<>(CliFlag.class));
        Map<CliFlag, String> given = new EnumMap<>(CliFlag.class);
        Map<CliFlag, List<String>> repeated = new EnumMap<>(CliFlag.class);
        collect(args, scopes, given, repeated);
        List<CliAccount> accounts = new ArrayList<>();
        for (Map<CliFlag, String> scope : scopes) {
            accounts.add(account(scope));
        }
        CliOptions options = new CliOptions(
                accounts,
                port(given, CliFlag.PORT, defaults.port()),
                port(given, CliFlag.SSL_PORT, defaults.sslPort()),
                port(given, CliFlag.HTTP_PORT, defaults.httpPort()),
                port(given, CliFlag.IMAP_PORT, defaults.imapPort()),
                given.containsKey(CliFlag.STRICT_PORTS),
                clock(given),
                path(given, CliFlag.CA_OUT),
                path(given, CliFlag.PROFILE_OUT),
                repeated.getOrDefault(CliFlag.ALLOWED_HOST, List.of()),
                repeated.getOrDefault(CliFlag.CORS_ORIGIN, List.of()),
                false,
                maxMessages(given));
        checkAccounts(options);
        checkHttpAccess(options);
        return options;
    }

    private static void checkHttpAccess(CliOptions options) throws UsageException {
        for (String name : options.allowedHosts()) {
            check(CliFlag.ALLOWED_HOST, () -> FakeGmailServer.builder().allowedHosts(name));
        }
        for (String origin : options.corsOrigins()) {
            check(CliFlag.CORS_ORIGIN, () -> FakeGmailServer.builder().corsOrigins(origin));
        }
    }

    private static void check(CliFlag flag, Runnable setting) throws UsageException {
        try {
            setting.run();
        } catch (IllegalArgumentException e) {
            throw new UsageException(flag.flag() + ": " + e.getMessage());
        }
    }

    /** The text {@code --help} prints. */
    static String usage(String command) {
        StringBuilder text = new StringBuilder()
                .append("Usage: ").append(command).append(" [options]\n\n")
                .append("A fake smtp.gmail.com on this machine, for trying mail code from any language or by hand:\n")
                .append("STARTTLS and implicit TLS with a test CA, Gmail's replies, a Google Account that logs in\n")
                .append("with an app password. Prints the SMTP settings, then one line per accepted message and\n")
                .append("per refused login (with Gmail's reply, never the password).\n")
                .append("Ctrl-C or SIGTERM stops it.\n\nOptions:\n");
        for (CliFlag flag : CliFlag.values()) {
            text.append(String.format("  %-23s %s%n", flag.synopsis(), flag.description()));
        }
        return text.append("\nThe HTTP port serves the control API (/api, described at /api/openapi.json), Google's\n")
                .append("OAuth token endpoint (/token) and the web pages, on localhost only. It refuses a Host other\n")
                .append("than localhost, 127.0.0.1, [::1] or an --allowed-host, and a POST/PUT/PATCH/DELETE from a\n")
                .append("page of another site; /api bodies must be application/json, /token's a form.\n")
                .append("\nExit codes: 0 after --help; 130 stopped with Ctrl-C (SIGINT); 143 stopped with SIGTERM;\n")
                .append("1 could not start; 2 bad options.\n").toString();
    }

    /** Fills the per-account scopes (a new one at each --account after the first) and the server's flags. */
    private static void collect(List<String> args, List<Map<CliFlag, String>> scopes, Map<CliFlag, String> given,
                                Map<CliFlag, List<String>> repeated) throws UsageException {
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
            if (flag.repeatable()) {
                repeated.computeIfAbsent(flag, f -> new ArrayList<>()).add(value);
                continue;
            }
            Map<CliFlag, String> target = flag.perAccount() ? scopes.get(scopes.size() - 1) : given;
            if (flag == CliFlag.ACCOUNT && target.containsKey(CliFlag.ACCOUNT)) {
                target = new EnumMap<>(CliFlag.class);
                scopes.add(target);
            }
            if (target.put(flag, value) != null) {
                throw new UsageException(flag.flag() + " was given twice" + (flag.perAccount()
                        ? " for account " + target.getOrDefault(CliFlag.ACCOUNT, FakeGmailServerBuilder.DEFAULT_ACCOUNT)
                        + "; give it once after each --account" : "; give it once"));
            }
        }
    }

    private static CliAccount account(Map<CliFlag, String> scope) throws UsageException {
        String address = scope.getOrDefault(CliFlag.ACCOUNT, FakeGmailServerBuilder.DEFAULT_ACCOUNT);
        OptionalInt limit = OptionalInt.empty();
        if (scope.containsKey(CliFlag.DAILY_LIMIT)) {
            String value = scope.get(CliFlag.DAILY_LIMIT).trim();
            try {
                limit = OptionalInt.of(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                throw new UsageException("--daily-limit must be a number of messages, e.g. --daily-limit 500, but was '"
                        + value + "'");
            }
        }
        return new CliAccount(address, Optional.ofNullable(scope.get(CliFlag.PASSWORD)),
                Optional.ofNullable(scope.get(CliFlag.APP_PASSWORD)), scope.containsKey(CliFlag.WORKSPACE), limit,
                !scope.containsKey(CliFlag.NO_2SV));
    }

    private static boolean clock(Map<CliFlag, String> given) throws UsageException {
        String value = given.getOrDefault(CliFlag.CLOCK, "system");
        return switch (value) {
            case "system" -> false;
            case "test" -> true;
            default -> throw new UsageException("--clock must be 'system' or 'test', but was '" + value + "'");
        };
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

    private static int maxMessages(Map<CliFlag, String> given) throws UsageException {
        String value = given.get(CliFlag.MAX_MESSAGES);
        if (value == null) {
            return 0;
        }
        try {
            int max = Integer.parseInt(value.trim());
            if (max >= 1) {
                return max;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        throw new UsageException("--max-messages must be a number of messages, at least 1, e.g. --max-messages"
                + " 100000, but was '" + value + "'");
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

    private static void checkAccounts(CliOptions options) throws UsageException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CliAccount account : options.accounts()) {
            checked(CliFlag.ACCOUNT, () -> AccountSettings.of(account.address()));
            CliFlag blamed = account.appPassword().isPresent() ? CliFlag.APP_PASSWORD
                    : account.password().isPresent() ? CliFlag.PASSWORD : CliFlag.DAILY_LIMIT;
            checked(blamed, account::settings);
            if (!seen.add(account.address().toLowerCase(java.util.Locale.ROOT))) {
                throw new UsageException("--account " + account.address() + " was given twice (addresses are compared"
                        + " ignoring case); give each account once");
            }
        }
        if (options.accounts().stream().noneMatch(CliAccount::twoStepVerification)) {
            throw new UsageException("--no-2sv is given for every account, so nothing could log in over SMTP; leave"
                    + " 2-Step Verification on for at least one --account");
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
