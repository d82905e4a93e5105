package dev.fakegmail.junit;

import dev.fakegmail.server.AppPassword;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailApiProfile;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.ImapProfile;
import dev.fakegmail.server.SmtpSecurity;
import dev.fakegmail.server.TestClock;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * One value to inject: where (a parameter or a field, named for messages), its type, and what {@link Account},
 * {@link Ssl} and {@link GmailApiScopes} ask for. Misuse fails with {@link ParameterResolutionException} for
 * parameters and {@link ExtensionConfigurationException} for fields.
 */
record Injection(String element, Class<?> type, Optional<String> account, boolean ssl,
                 Optional<List<String>> scopes, boolean parameter) {
    private static final List<Class<?>> TYPES = List.of(GmailSmtpProfile.class, FakeGmailServer.class,
            GmailAccount.class, AppPassword.class, Session.class, TestClock.class, ImapProfile.class, Store.class,
            GmailApiProfile.class);
    private static final List<Class<?>> ACCOUNT_TYPES = List.of(GmailSmtpProfile.class, GmailAccount.class,
            AppPassword.class, Session.class, ImapProfile.class, Store.class, GmailApiProfile.class);
    private static final List<Class<?>> SSL_TYPES = List.of(GmailSmtpProfile.class, Session.class);

    static Injection of(ParameterContext context) {
        return new Injection(Names.parameter(context.getDeclaringExecutable(), context.getIndex()),
                context.getParameter().getType(), context.findAnnotation(Account.class).map(Account::value),
                context.isAnnotated(Ssl.class),
                context.findAnnotation(GmailApiScopes.class).map(scopes -> List.of(scopes.value())), true);
    }

    static Injection of(Field field) {
        return new Injection(Names.of(field), field.getType(),
                Optional.ofNullable(field.getAnnotation(Account.class)).map(Account::value),
                field.isAnnotationPresent(Ssl.class),
                Optional.ofNullable(field.getAnnotation(GmailApiScopes.class)).map(scopes -> List.of(scopes.value())),
                false);
    }

    /** Whether this extension injects the type; fails when {@link Account}, {@link Ssl} or the scopes do not fit. */
    boolean supported() {
        if (account.isPresent() && !ACCOUNT_TYPES.contains(type)) {
            throw failure("@Account on " + element + " selects the account of a GmailSmtpProfile, GmailAccount, "
                    + "AppPassword, jakarta.mail.Session, ImapProfile, jakarta.mail.Store or GmailApiProfile, but the "
                    + "type is " + type.getName()
                    + ". Use one of those types or remove @Account.");
        }
        if (account.filter(String::isBlank).isPresent()) {
            throw failure("@Account on " + element + " names no address (it is blank). Give the account's address, "
                    + "e.g. @Account(\"alice@gmail.com\").");
        }
        if (ssl && !SSL_TYPES.contains(type)) {
            throw failure("@Ssl on " + element + " asks for the SSL variant of a GmailSmtpProfile or "
                    + "jakarta.mail.Session, but the type is " + type.getName() + ". Use one of those types or remove @Ssl.");
        }
        scopes.ifPresent(this::checkScopes);
        if (type == Store.class && !parameter) {
            throw failure("@InjectGmail on " + element + " asks for a connected jakarta.mail.Store, which the extension "
                    + "closes after each test and therefore injects as a test method parameter only. Declare it as a "
                    + "parameter, or inject an ImapProfile and call connect().");
        }
        return TYPES.contains(type);
    }

    /** Like {@link #supported()}, but an unsupported type is an error (for {@link InjectGmail} fields). */
    void requireSupported() {
        if (!supported()) {
            throw failure("@InjectGmail on " + element + " needs one of the types GmailSmtpProfile, FakeGmailServer, "
                    + "GmailAccount, AppPassword, jakarta.mail.Session, TestClock, ImapProfile or GmailApiProfile, but "
                    + "the type is " + type.getName()
                    + ". Change the field's type or remove @InjectGmail.");
        }
    }

    /** The value from the fake Gmail that applies, or a failure naming the fix when none does. */
    Object resolve(Optional<ActiveGmail> applicable) {
        ActiveGmail gmail = applicable.orElseThrow(() -> failure(capitalized(element)
                + " needs a fake Gmail, but no @FakeGmail applies to it. Annotate the class or method with @FakeGmail."));
        FakeGmailServer server = gmail.server();
        if (type == FakeGmailServer.class) {
            return server;
        }
        if (type == TestClock.class) {
            return server.clock();
        }
        GmailAccount selected = account.map(address -> find(gmail, address)).orElseGet(server::defaultAccount);
        if (type == GmailAccount.class) {
            return selected;
        }
        if (type == AppPassword.class) {
            return selected.currentAppPassword().orElseThrow(() -> failure(capitalized(element)
                    + " needs the current app password of " + selected.address() + ", but the account has none (2-Step "
                    + "Verification is " + (selected.isTwoStepVerificationOn() ? "on" : "off") + "). Keep @FakeGmail("
                    + "twoStepVerification = true), the default, on " + gmail.settings().element()
                    + ", or inject the GmailAccount instead."));
        }
        if (type == GmailApiProfile.class) {
            return gmailApiProfile(gmail, selected);
        }
        if (type == ImapProfile.class || type == Store.class) {
            ImapProfile imap = server.imapProfileAsTyped(selected);
            return type == Store.class ? connect(imap) : imap;
        }
        GmailSmtpProfile profile = profile(server, selected, ssl ? SmtpSecurity.SSL : gmail.settings().type());
        return type == Session.class ? profile.session() : profile;
    }

    /**
     * The account's profile with its current app password; without one (2-Step Verification off), the profile a
     * person would fill in with the account password, which Gmail refuses with {@code 535 5.7.8}.
     */
    static GmailSmtpProfile profile(FakeGmailServer server, GmailAccount account, SmtpSecurity security) {
        return server.profileAsTyped(account, security);
    }

    private void checkScopes(List<String> named) {
        if (type != GmailApiProfile.class) {
            throw failure("@GmailApiScopes on " + element + " chooses the scopes of an injected GmailApiProfile, but "
                    + "the type is " + type.getName() + ". Use GmailApiProfile or remove @GmailApiScopes.");
        }
        boolean malformed = named.stream().anyMatch(s -> s.isBlank() || s.chars().anyMatch(Character::isWhitespace));
        if (named.isEmpty() || malformed) {
            throw failure("@GmailApiScopes on " + element + " needs one or more scopes, each one URL without spaces, "
                    + "but found " + named.stream().map(s -> "\"" + s + "\"").toList() + ". Name them like "
                    + "@GmailApiScopes({\"https://www.googleapis.com/auth/gmail.send\"}), or remove it for "
                    + "https://mail.google.com/.");
        }
    }

    /** A new OAuth client and refresh token, which need the HTTP side of the server's {@link FakeGmail}. */
    private GmailApiProfile gmailApiProfile(ActiveGmail gmail, GmailAccount account) {
        if (!gmail.settings().annotation().http()) {
            throw failure(capitalized(element) + " needs the fake Gmail's HTTP side (its Gmail API door and /token),"
                    + " but @FakeGmail on " + gmail.settings().element() + " has http = false. Use @FakeGmail(http ="
                    + " true), with the test dependency dev.fakegmail:fake-gmail-http.");
        }
        return gmail.server().gmailApiProfile(account, scopes.orElse(List.of()).toArray(String[]::new));
    }

    private Store connect(ImapProfile imap) {
        try {
            return imap.connect();
        } catch (MessagingException e) {
            throw failure(capitalized(element) + " needs a connected IMAP store of " + imap.username()
                    + ", but Gmail refused the login: " + e.getMessage() + ". Inject the ImapProfile instead to test "
                    + "a refused login, or keep 2-Step Verification on so the account has an app password.");
        }
    }

    private GmailAccount find(ActiveGmail gmail, String address) {
        List<String> known = gmail.server().accounts().stream().map(GmailAccount::address).toList();
        return gmail.server().accounts().stream().filter(candidate -> candidate.address().equalsIgnoreCase(address))
                .findFirst()
                .orElseThrow(() -> failure("@Account(\"" + address + "\") on " + element
                        + " names no account of the fake Gmail of @FakeGmail on " + gmail.settings().element()
                        + "; its accounts are " + known + ". Use one of those, or add \"" + address
                        + "\" to @FakeGmail(accounts = ...)."));
    }

    private RuntimeException failure(String message) {
        return parameter ? new ParameterResolutionException(message) : new ExtensionConfigurationException(message);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
