package dev.fakegmail.server;

import dev.fakegmail.server.internal.smtp.SmtpConfig;
import dev.fakegmail.server.internal.tls.ServerTls;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What a {@link FakeGmailServerBuilder} held when {@code build()} was called: an immutable snapshot, so that changing
 * the builder afterwards changes nothing about the server it built.
 *
 * @param hostName                the host name clients connect to
 * @param smtpPort                the preferred STARTTLS port (0 = any)
 * @param sslPort                 the preferred implicit-TLS port (0 = any)
 * @param strictPorts             whether a preferred port that cannot be bound fails the start
 * @param http                    whether the HTTP side (control API, OAuth token endpoint, web pages) is served
 * @param httpSide                its port and guard settings
 * @param imapPort                the preferred IMAP port (0 = any)
 * @param strictImapPort          whether an IMAP port that cannot be bound fails the start (strict ports, and the
 *                                IMAP port chosen explicitly)
 * @param missingRecipients       addresses whose mail bounces back to the sender as a DSN
 * @param maxMessages             the most accepted messages kept (0: every one)
 * @param clock                   the server's clock
 * @param tls                     the key material the server presents
 * @param accounts                the configured accounts, the default first
 * @param strictAppPasswordSpaces whether app passwords must be typed without their display spaces
 * @param maxLoginFailures        failed logins within {@code loginFailureWindow} before the lockout
 * @param loginFailureWindow      the lockout's window
 * @param engine                  the SMTP engine's limits
 */
record ServerSettings(String hostName, int smtpPort, int sslPort, boolean strictPorts, boolean http,
                      HttpSide.Settings httpSide,
                      int imapPort, boolean strictImapPort, Set<String> missingRecipients, int maxMessages, Clock clock, ServerTls tls,
                      List<AccountSettings> accounts, boolean strictAppPasswordSpaces, int maxLoginFailures,
                      Duration loginFailureWindow, SmtpConfig engine) {

    ServerSettings {
        accounts = List.copyOf(accounts);
        missingRecipients = Set.copyOf(missingRecipients);
    }

    /** A fresh account model for these settings (each server has its own). */
    AccountDirectory directory(TokenRegistry registry) {
        List<GmailAccount> created = accounts.stream().map(account -> account(account, registry)).toList();
        return new AccountDirectory(created, clock, maxLoginFailures, loginFailureWindow);
    }

    /** A fresh account with these settings' clock and app-password rule. */
    GmailAccount account(AccountSettings account, TokenRegistry registry) {
        return new GmailAccount(account, clock, strictAppPasswordSpaces, registry);
    }
}
