package dev.fakegmail.junit;

import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.FakeGmailServerBuilder;
import dev.fakegmail.server.SmtpSecurity;
import dev.fakegmail.server.TestClock;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * One {@link FakeGmail} annotation and the element that carries it, turned into started servers. Every invalid
 * attribute becomes an {@link ExtensionConfigurationException} naming the element and the attribute.
 *
 * @param annotation the annotation as found (directly, inherited or as a meta-annotation)
 * @param element    where it applies, for messages: {@code class com.example.MailTest} or
 *                   {@code method MailTest.sends()}
 */
record GmailSettings(FakeGmail annotation, String element) {

    /** The profile type for injections without {@link Ssl}. */
    SmtpSecurity type() {
        return annotation.type();
    }

    /** Builds and starts a server with these settings. */
    FakeGmailServer start() {
        FakeGmailServerBuilder builder = builder();
        FakeGmailServer server = attribute("accounts", builder::build);
        try {
            return server.start();
        } catch (UncheckedIOException e) {
            throw new ExtensionConfigurationException("@FakeGmail on " + element + " has strictPorts = "
                    + annotation.strictPorts() + " and cannot start: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            if (!annotation.http()) {
                throw e;
            }
            throw new ExtensionConfigurationException("@FakeGmail on " + element + " has http = true and cannot "
                    + "start: " + e.getMessage(), e);
        }
    }

    private FakeGmailServerBuilder builder() {
        FakeGmailServerBuilder builder = FakeGmailServer.builder();
        attribute("smtpPort", () -> builder.smtpPort(annotation.smtpPort()));
        attribute("sslPort", () -> builder.sslPort(annotation.sslPort()));
        attribute("imapPort", () -> builder.imapPort(annotation.imapPort()));
        if (annotation.http()) {
            attribute("httpPort", () -> builder.httpPort(annotation.httpPort()));
        } else if (annotation.httpPort() != FakeGmailServerBuilder.PREFERRED_HTTP_PORT) {
            throw new ExtensionConfigurationException("Invalid @FakeGmail on " + element + ", attribute httpPort: "
                    + "it is " + annotation.httpPort() + ", but http is false, so no HTTP side is served. Add http ="
                    + " true, or remove httpPort.");
        }
        builder.strictPorts(annotation.strictPorts());
        for (String missing : annotation.missingRecipients()) {
            attribute("missingRecipients", () -> builder.missingRecipient(missing));
        }
        builder.clock(TestClock.system());
        for (String address : addresses()) {
            builder.account(account(address));
        }
        return builder;
    }

    private List<String> addresses() {
        String[] configured = annotation.accounts();
        return configured.length == 0 ? List.of(FakeGmailServerBuilder.DEFAULT_ACCOUNT) : List.of(configured);
    }

    private AccountSettings account(String address) {
        AccountSettings settings = attribute("accounts", () -> AccountSettings.of(address));
        if (!annotation.password().isEmpty()) {
            AccountSettings current = settings;
            settings = attribute("password", () -> current.withPassword(annotation.password()));
        }
        if (!annotation.twoStepVerification()) {
            settings = settings.withTwoStepVerification(false);
        }
        if (!annotation.appPassword().isEmpty()) {
            AccountSettings current = settings;
            String name = annotation.twoStepVerification() ? "appPassword" : "appPassword and twoStepVerification";
            settings = attribute(name, () -> current.withAppPassword(annotation.appPassword()));
        }
        return settings;
    }

    private <T> T attribute(String name, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("Invalid @FakeGmail on " + element + ", attribute " + name
                    + ": " + e.getMessage(), e);
        }
    }

    /** The element only: the annotation's toString would show the configured passwords. */
    @Override
    public String toString() {
        return "GmailSettings[@FakeGmail on " + element + "]";
    }
}
