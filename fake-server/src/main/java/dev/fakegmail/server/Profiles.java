package dev.fakegmail.server;

import java.util.Objects;

/**
 * The settings a person would type into a mail client for one account of a running {@link FakeGmailServer}: SMTP
 * with the current app password or a fresh OAuth access token, and IMAP with the same login.
 */
final class Profiles {
    private final String hostName;
    private final CertificateAuthority authority;
    private final Doors doors;

    Profiles(String hostName, CertificateAuthority authority, Doors doors) {
        this.hostName = hostName;
        this.authority = authority;
        this.doors = doors;
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
