package dev.fakegmail.server;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The settings a person would type into a mail client for one account of a running {@link FakeGmailServer}: SMTP
 * with the current app password or a fresh OAuth access token, and IMAP with the same login.
 */
final class Profiles {
    private final String hostName;
    private final CertificateAuthority authority;
    private final Doors doors;
    private final boolean http;

    Profiles(String hostName, CertificateAuthority authority, Doors doors, boolean http) {
        this.hostName = hostName;
        this.authority = authority;
        this.doors = doors;
        this.http = http;
    }

    /** A new OAuth client and a refresh token of {@code account} with {@code scopes} (Gmail's full scope if none). */
    GmailApiProfile gmailApi(GmailAccount account, String... scopes) {
        Objects.requireNonNull(account, "account");
        if (!http) {
            throw new IllegalStateException("The Gmail API profile of " + account.address() + " needs the fake's"
                    + " HTTP side (its Gmail API door and /token), which this fake Gmail does not serve. Build it with"
                    + " FakeGmailServer.builder().http(true) (with @FakeGmail: @FakeGmail(http = true)), and add the"
                    + " test dependency " + HttpSides.ARTIFACT + ".");
        }
        List<String> granted = scopes(scopes);
        URI root = URI.create("http://" + hostName + ":" + doors.httpPort() + "/");
        RefreshToken token = account.mintRefreshToken(OAuthClient.random(), String.join(" ", granted));
        return new GmailApiProfile(root.toString(), root.resolve("token"), account.address(), token.client(),
                token.value(), granted);
    }

    private static List<String> scopes(String... scopes) {
        for (String scope : scopes) {
            if (scope == null || scope.isBlank() || scope.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("A scope is one URL such as"
                        + " https://www.googleapis.com/auth/gmail.readonly, but was \"" + scope + "\"; pass several"
                        + " scopes as separate arguments");
            }
        }
        return scopes.length == 0 ? List.of(AccessToken.MAIL_SCOPE) : List.copyOf(new LinkedHashSet<>(List.of(scopes)));
    }

    GmailSmtpProfile smtp(GmailAccount account, SmtpSecurity type) {
        Objects.requireNonNull(type, "type");
        String password = appPassword(account);
        int port = type == SmtpSecurity.SSL ? doors.sslPort() : doors.smtpPort();
        return new GmailSmtpProfile(hostName, account.address(), password, port, true, type, authority, false);
    }

    GmailSmtpProfile smtpAsTyped(GmailAccount account, SmtpSecurity type) {
        Objects.requireNonNull(type, "type");
        int port = type == SmtpSecurity.SSL ? doors.sslPort() : doors.smtpPort();
        return new GmailSmtpProfile(hostName, account.address(), passwordAsTyped(account), port, true, type, authority,
                false);
    }

    ImapProfile imapAsTyped(GmailAccount account) {
        return new ImapProfile(hostName, doors.imapPort(), account.address(), passwordAsTyped(account), authority,
                false);
    }

    GmailSmtpProfile smtpOAuth(GmailAccount account) {
        AccessToken token = account.issueAccessToken();
        return new GmailSmtpProfile(hostName, account.address(), token.value(), doors.smtpPort(), true,
                SmtpSecurity.STARTTLS, authority, true);
    }

    ImapProfile imap(GmailAccount account) {
        String password = smtp(account, SmtpSecurity.STARTTLS).password();
        return new ImapProfile(hostName, doors.imapPort(), account.address(), password, authority, false);
    }

    ImapProfile imapOAuth(GmailAccount account) {
        return new ImapProfile(hostName, doors.imapPort(), account.address(), account.issueAccessToken().value(),
                authority, true);
    }

    /** The current app password, else the account password, which Gmail refuses. */
    private static String passwordAsTyped(GmailAccount account) {
        return account.currentAppPassword().map(AppPassword::value).orElseGet(account::password);
    }

    private static String appPassword(GmailAccount account) {
        return account.currentAppPassword().orElseThrow(() -> new IllegalStateException(
                "Account " + account.address() + " has no active app password (2-Step Verification is "
                        + (account.isTwoStepVerificationOn() ? "on" : "off") + "). Create one with "
                        + (account.isTwoStepVerificationOn() ? "" : "turnOnTwoStepVerification(), then ")
                        + "createAppPassword(\"name\")")).value();
    }
}
