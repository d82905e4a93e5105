package dev.fakegmail.server;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Objects;
import java.util.Properties;

/**
 * An SMTP profile: the fields a person types into a mail client or a CRM's "SMTP settings" form, plus the
 * test CA the client must trust. Ready-made Jakarta Mail settings come from {@link #javaMailProperties()} and
 * {@link #session()}. {@link #toString()} never shows the password.
 *
 * @param hostName             the server's host name, e.g. {@code localhost}
 * @param username             the SMTP username (the Gmail address)
 * @param password             the SMTP password (normally an app password)
 * @param port                 the TCP port, 1–65535
 * @param useSsl               the form's "Use SSL" box: true for both types, as the connection is encrypted
 *                             either way; the Jakarta Mail settings depend on {@code type} only
 * @param type                 STARTTLS (Gmail's 587) or SSL (implicit TLS, Gmail's 465)
 * @param certificateAuthority the CA that signed the server certificate; the client trusts exactly this
 * @param oauth2               whether {@code password} is an OAuth 2.0 access token, sent with AUTH XOAUTH2
 */
public record GmailSmtpProfile(String hostName, String username, String password, int port, boolean useSsl,
                               SmtpSecurity type, CertificateAuthority certificateAuthority, boolean oauth2) {

    /** Connect and read timeout set in {@link #javaMailProperties()}, in milliseconds. */
    public static final int TIMEOUT_MILLIS = 10_000;
    /** The TLS versions a client may negotiate, as {@code mail.smtp.ssl.protocols} lists them. */
    public static final String TLS_PROTOCOLS = "TLSv1.3 TLSv1.2";

    /**
     * Validates every component.
     *
     * @throws IllegalArgumentException for a blank host name or username, or a port outside 1–65535
     */
    public GmailSmtpProfile {
        Objects.requireNonNull(hostName, "hostName must not be null");
        Objects.requireNonNull(username, "username must not be null");
        Objects.requireNonNull(password, "password must not be null");
        Objects.requireNonNull(type, "type must not be null; use SmtpSecurity.STARTTLS or SmtpSecurity.SSL");
        Objects.requireNonNull(certificateAuthority, "certificateAuthority must not be null");
        if (hostName.isBlank()) {
            throw new IllegalArgumentException("hostName must not be blank; use e.g. \"localhost\"");
        }
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank; use the Gmail address");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, but was " + port);
        }
    }

    /** A password profile (no OAuth). */
    public GmailSmtpProfile(String hostName, String username, String password, int port, boolean useSsl,
                            SmtpSecurity type, CertificateAuthority certificateAuthority) {
        this(hostName, username, password, port, useSsl, type, certificateAuthority, false);
    }

    /** A STARTTLS profile (like Gmail's port 587) with "Use SSL" on. */
    public static GmailSmtpProfile startTls(String hostName, int port, String username, String password,
                                            CertificateAuthority certificateAuthority) {
        return new GmailSmtpProfile(hostName, username, password, port, true, SmtpSecurity.STARTTLS,
                certificateAuthority);
    }

    /** An implicit-TLS profile (like Gmail's port 465) with "Use SSL" on. */
    public static GmailSmtpProfile ssl(String hostName, int port, String username, String password,
                                       CertificateAuthority certificateAuthority) {
        return new GmailSmtpProfile(hostName, username, password, port, true, SmtpSecurity.SSL,
                certificateAuthority);
    }

    /** A copy with another password, e.g. a new app password after the old one was revoked. */
    public GmailSmtpProfile withPassword(String newPassword) {
        return new GmailSmtpProfile(hostName, username, newPassword, port, useSsl, type, certificateAuthority, oauth2);
    }

    /** A copy that logs in with an OAuth 2.0 access token (AUTH XOAUTH2) instead of a password. */
    public GmailSmtpProfile withAccessToken(String accessToken) {
        return new GmailSmtpProfile(hostName, username, accessToken, port, useSsl, type, certificateAuthority, true);
    }

    /**
     * Jakarta Mail settings for this profile, a fresh object on each call: host, port, user, auth; STARTTLS
     * enabled and required, or SSL from the first byte; the CA's socket factory, host name verification,
     * TLS 1.3 and 1.2, and {@value #TIMEOUT_MILLIS} ms connect and read timeouts. The password is not in them.
     */
    public Properties javaMailProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", hostName);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.auth", "true");
        properties.setProperty("mail.smtp.user", username);
        if (oauth2) {
            properties.setProperty("mail.smtp.auth.mechanisms", "XOAUTH2");
        }
        if (type == SmtpSecurity.STARTTLS) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        } else {
            properties.setProperty("mail.smtp.ssl.enable", "true");
        }
        properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        properties.put("mail.smtp.ssl.socketFactory", certificateAuthority.socketFactory());
        // Never retry with another socket factory (Angus' default fallback would use the JDK's trust store).
        properties.setProperty("mail.smtp.ssl.socketFactory.fallback", "false");
        properties.setProperty("mail.smtp.socketFactory.fallback", "false");
        properties.setProperty("mail.smtp.ssl.protocols", TLS_PROTOCOLS);
        properties.setProperty("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
        return properties;
    }

    /** A new Jakarta Mail session with {@link #javaMailProperties()} and an authenticator for username and password. */
    public Session session() {
        return Session.getInstance(javaMailProperties(), new ProfileAuthenticator(username, password));
    }

    @Override
    public String toString() {
        return "GmailSmtpProfile[hostName=" + hostName + ", username=" + username + ", port=" + port
                + ", useSsl=" + useSsl + ", type=" + type + (oauth2 ? ", oauth2" : "") + "]";
    }

    /** Answers every password request with the profile's username and password. */
    private static final class ProfileAuthenticator extends Authenticator {
        private final String username;
        private final String password;

        ProfileAuthenticator(String username, String password) {
            this.username = username;
            this.password = password;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(username, password);
        }
    }
}
