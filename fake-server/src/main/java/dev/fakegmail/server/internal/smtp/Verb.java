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
    EHLO(Limits.COMMAND, false, false, Stage.EHLO),
    HELO(Limits.COMMAND, false, false, Stage.EHLO),
    STARTTLS(Limits.COMMAND, false, false, Stage.STARTTLS),
    AUTH(Limits.AUTH, true, false, null),
    MAIL(Limits.PATH, true, true, Stage.MAIL),
    RCPT(Limits.PATH, true, true, Stage.RCPT),
    DATA(Limits.COMMAND, true, true, Stage.DATA),
    BDAT(Limits.COMMAND, true, true, Stage.DATA),
    RSET(Limits.COMMAND, false, false, null),
    NOOP(Limits.COMMAND, false, false, null),
    HELP(Limits.COMMAND, false, false, null),
    VRFY(Limits.COMMAND, false, false, null),
    QUIT(Limits.COMMAND, false, false, Stage.QUIT);

    private static final Map<String, Verb> BY_NAME =
            Stream.of(values()).collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    private final Limits limit;
    private final boolean needsTls;
    private final boolean needsAuth;
    private final Stage faultPoint;

    Verb(Limits limit, boolean needsTls, boolean needsAuth, Stage faultPoint) {
        this.limit = limit;
        this.needsTls = needsTls;
        this.needsAuth = needsAuth;
        this.faultPoint = faultPoint;
    }

    /** Where an injected fault may strike this command (AUTH strikes inside its exchange). */
    Optional<Stage> faultPoint() {
        return Optional.ofNullable(faultPoint);
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
