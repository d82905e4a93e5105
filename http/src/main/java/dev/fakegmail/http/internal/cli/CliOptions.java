package dev.fakegmail.http.internal.cli;

import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServerBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The standalone fake Gmail's command line, parsed. Immutable; {@link #toString()} hides the passwords.
 *
 * @param accounts    the accounts, in the order given ({@code --account} and the flags after each); at least one
 * @param port        the preferred STARTTLS port ({@code --port}), 0 = any free port
 * @param sslPort     the preferred implicit-TLS port ({@code --ssl-port}), 0 = any free port
 * @param httpPort    the preferred HTTP port ({@code --http-port}), 0 = any free port
 * @param imapPort    the preferred IMAP port ({@code --imap-port}), 0 = any free port
 * @param strictPorts whether a taken port fails the start instead of falling back ({@code --strict-ports})
 * @param testClock   whether the server runs on a test clock ({@code --clock test})
 * @param caOut       where to write the test CA as PEM ({@code --ca-out}); empty means a temporary file
 * @param profileOut  where to write the profile as JSON ({@code --profile-out}); empty means nowhere
 * @param allowedHosts host names the HTTP side answers besides localhost ({@code --allowed-host}, repeatable)
 * @param corsOrigins origins whose pages may call {@code /api} ({@code --cors-origin}, repeatable)
 * @param help        whether {@code --help} was given (everything else is then ignored)
 * @param maxMessages the most accepted messages kept ({@code --max-messages}); 0 keeps every one
 */
record CliOptions(List<CliAccount> accounts, int port, int sslPort, int httpPort, int imapPort, boolean strictPorts,
                  boolean testClock, Optional<Path> caOut, Optional<Path> profileOut, List<String> allowedHosts,
                  List<String> corsOrigins, boolean help, int maxMessages) {

    /** Options without a retention cap. */
    CliOptions(List<CliAccount> accounts, int port, int sslPort, int httpPort, int imapPort, boolean strictPorts,
               boolean testClock, Optional<Path> caOut, Optional<Path> profileOut, List<String> allowedHosts,
               List<String> corsOrigins, boolean help) {
        this(accounts, port, sslPort, httpPort, imapPort, strictPorts, testClock, caOut, profileOut, allowedHosts,
                corsOrigins, help, 0);
    }

    /** Checks for nulls and that there is an account. */
    CliOptions {
        accounts = List.copyOf(accounts);
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("at least one account");
        }
        Objects.requireNonNull(caOut, "caOut");
        Objects.requireNonNull(profileOut, "profileOut");
        allowedHosts = List.copyOf(allowedHosts);
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** The options of a command line without flags: Gmail's ports, 8025, {@code user@gmail.com}, random secrets. */
    static CliOptions defaults() {
        return new CliOptions(List.of(CliAccount.of(FakeGmailServerBuilder.DEFAULT_ACCOUNT)),
                FakeGmailServerBuilder.GMAIL_SUBMISSION_PORT, FakeGmailServerBuilder.GMAIL_SSL_PORT,
                FakeGmailServerBuilder.PREFERRED_HTTP_PORT, FakeGmailServerBuilder.GMAIL_IMAP_PORT,
                false, false, Optional.empty(), Optional.empty(), List.of(), List.of(), false);
    }

    /** The address of the first account. */
    String account() {
        return accounts.get(0).address();
    }

    /**
     * The first account's settings.
     *
     * @throws IllegalArgumentException when a value is malformed
     */
    AccountSettings accountSettings() {
        return accounts.get(0).settings();
    }
}
