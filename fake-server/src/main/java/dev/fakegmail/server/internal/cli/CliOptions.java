package dev.fakegmail.server.internal.cli;

import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServerBuilder;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The standalone fake Gmail's command line, parsed. Immutable; {@link #toString()} hides the passwords.
 *
 * @param account     the Gmail address of the one account ({@code --account})
 * @param password    the Google Account password ({@code --password}); empty means a random one
 * @param appPassword a fixed app password ({@code --app-password}); empty means a random one
 * @param port        the preferred STARTTLS port ({@code --port}), 0 = any free port
 * @param sslPort     the preferred implicit-TLS port ({@code --ssl-port}), 0 = any free port
 * @param imapPort    the preferred IMAP port ({@code --imap-port}), 0 = any free port
 * @param strictPorts whether a taken port fails the start instead of falling back ({@code --strict-ports})
 * @param caOut       where to write the test CA as PEM ({@code --ca-out}); empty means a temporary file
 * @param profileOut  where to write the profile as JSON ({@code --profile-out}); empty means nowhere
 * @param help        whether {@code --help} was given (everything else is then ignored)
 */
record CliOptions(String account, Optional<String> password, Optional<String> appPassword, int port,
                         int sslPort, int imapPort, boolean strictPorts, Optional<Path> caOut, Optional<Path> profileOut,
                         boolean help) {

    /** Checks for nulls. */
    CliOptions {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(appPassword, "appPassword");
        Objects.requireNonNull(caOut, "caOut");
        Objects.requireNonNull(profileOut, "profileOut");
    }

    /** The options of a command line without flags: Gmail's ports, {@code user@gmail.com}, random secrets. */
    static CliOptions defaults() {
        return new CliOptions(FakeGmailServerBuilder.DEFAULT_ACCOUNT, Optional.empty(), Optional.empty(),
                FakeGmailServerBuilder.GMAIL_SUBMISSION_PORT, FakeGmailServerBuilder.GMAIL_SSL_PORT,
                FakeGmailServerBuilder.GMAIL_IMAP_PORT, false,
                Optional.empty(), Optional.empty(), false);
    }

    /**
     * The account these options describe: the address, the given or a random password, 2-Step Verification on,
     * the given or a random app password.
     *
     * @throws IllegalArgumentException when the address, the password or the app password is malformed
     */
    AccountSettings accountSettings() {
        AccountSettings settings = AccountSettings.of(account);
        if (password.isPresent()) {
            settings = settings.withPassword(password.get());
        }
        if (appPassword.isPresent()) {
            settings = settings.withAppPassword(appPassword.get());
        }
        return settings;
    }

    @Override
    public String toString() {
        return "CliOptions[account=" + account + ", password=" + (password.isPresent() ? "(given, hidden)" : "(random)")
                + ", appPassword=" + (appPassword.isPresent() ? "(given, hidden)" : "(random)") + ", port=" + port
                + ", sslPort=" + sslPort + ", imapPort=" + imapPort + ", strictPorts=" + strictPorts + ", caOut=" + caOut
                + ", profileOut=" + profileOut + ", help=" + help + "]";
    }
}
