package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.Stage;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The commands the fake understands, with what each needs before it may run (docs/gmail-smtp.md §1a).
 */
enum Verb {
    EHLO(Limits.COMMAND, false, false),
    HELO(Limits.COMMAND, false, false),
    STARTTLS(Limits.COMMAND, false, false),
    AUTH(Limits.AUTH, true, false),
    MAIL(Limits.PATH, true, true),
    RCPT(Limits.PATH, true, true),
    DATA(Limits.COMMAND, true, true),
    BDAT(Limits.COMMAND, true, true),
    RSET(Limits.COMMAND, false, false),
    NOOP(Limits.COMMAND, false, false),
    HELP(Limits.COMMAND, false, false),
    VRFY(Limits.COMMAND, false, false),
    QUIT(Limits.COMMAND, false, false);

    private static final Map<String, Verb> BY_NAME =
            Stream.of(values()).collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    private final Limits limit;
    private final boolean needsTls;
    private final boolean needsAuth;

    Verb(Limits limit, boolean needsTls, boolean needsAuth) {
        this.limit = limit;
        this.needsTls = needsTls;
        this.needsAuth = needsAuth;
    }

    /**
     * The stage an injected fault strikes before this command is handled, once its preconditions passed. STARTTLS,
     * AUTH, DATA and BDAT have none here: their stage strikes inside their exchange, after the command's own checks
     * (see {@link Stage}).
     */
    Optional<Stage> strikesBefore() {
        return switch (this) {
            case EHLO, HELO -> Optional.of(Stage.EHLO);
            case MAIL -> Optional.of(Stage.MAIL);
            case RCPT -> Optional.of(Stage.RCPT);
            case QUIT -> Optional.of(Stage.QUIT);
            case STARTTLS, AUTH, DATA, BDAT, RSET, NOOP, HELP, VRFY -> Optional.empty();
        };
    }

    /** Which configured line limit applies to this verb's command line. */
    Limits limit() {
        return limit;
    }

    /** Whether this verb needs TLS on the submission port (530 "Must issue a STARTTLS command first"). */
    boolean needsTls() {
        return needsTls;
    }

    /** Whether this verb needs an authenticated session (530 "Authentication Required"). */
    boolean needsAuth() {
        return needsAuth;
    }

    /** Looks a verb up case-insensitively. */
    static Optional<Verb> parse(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toUpperCase(Locale.ROOT)));
    }

    /** The kinds of line limit. */
    enum Limits { COMMAND, PATH, AUTH }
}
