package dev.fakegmail.server;

import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.util.Objects;
import java.util.Properties;

/**
 * An SMTP profile: the fields a person types into a mail client or a CRM's "SMTP settings" form, plus the test CA the
 * client must trust. Immutable. A server hands out ready profiles ({@link FakeGmailServer#profile()}); make your own
 * with {@link #startTls}, {@link #ssl} or {@link #builder()}. Ready-made Jakarta Mail settings come from
 * {@link #javaMailProperties()} and {@link #session()}. {@link #toString()} never shows the password.
 *
 * <h2>Logging in with the session</h2>
 * {@link #session()} has no {@link jakarta.mail.Authenticator}: it knows the profile's password only for a connection
 * that gives none ({@code Transport.send(message)}, {@code transport.connect()}). A password the caller gives is
 * never replaced: {@code Transport.send(message, username, "wrong")} fails with Gmail's {@code 535-5.7.8} as an
 * {@link jakarta.mail.AuthenticationFailedException}, as it would against Gmail. (A session with an
 * {@code Authenticator} would hide that: Jakarta Mail retries a refused login with the authenticator's password.)
 */
public final class GmailSmtpProfile {

    /** Connect and read timeout set in {@link #javaMailProperties()}, in milliseconds. */
    public static final int TIMEOUT_MILLIS = 10_000;
    /** The TLS versions a client may negotiate, as {@code mail.smtp.ssl.protocols} lists them. */
    public static final String TLS_PROTOCOLS = "TLSv1.3 TLSv1.2";

    private final String hostName;
    private final String username;
    private final String password;
    private final int port;
    private final boolean useSsl;
    private final SmtpSecurity type;
    private final CertificateAuthority certificateAuthority;
    private final boolean oauth2;

    GmailSmtpProfile(String hostName, String username, String password, int port, boolean useSsl,
                     SmtpSecurity type, CertificateAuthority certificateAuthority, boolean oauth2) {
        this.hostName = Objects.requireNonNull(hostName, "hostName must not be null");
        this.username = Objects.requireNonNull(username, "username must not be null");
        this.password = Objects.requireNonNull(password, "password must not be null");
        this.type = Objects.requireNonNull(type, "type must not be null; use SmtpSecurity.STARTTLS or SmtpSecurity.SSL");
        this.certificateAuthority = Objects.requireNonNull(certificateAuthority, "certificateAuthority must not be null");
        if (hostName.isBlank()) {
            throw new IllegalArgumentException("hostName must not be blank; use e.g. \"localhost\"");
        }
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank; use the Gmail address");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, but was " + port);
        }
        this.port = port;
        this.useSsl = useSsl;
        this.oauth2 = oauth2;
    }

    /** A builder with "Use SSL" on, type STARTTLS and a password (not OAuth) login; the other fields are required. */
    public static GmailSmtpProfileBuilder builder() {
        return new GmailSmtpProfileBuilder();
    }

    /** A STARTTLS profile (like Gmail's port 587) with "Use SSL" on. */
    public static GmailSmtpProfile startTls(String hostName, int port, String username, String password,
                                            CertificateAuthority certificateAuthority) {
        return new GmailSmtpProfile(hostName, username, password, port, true, SmtpSecurity.STARTTLS,
                certificateAuthority, false);
    }

    /** An implicit-TLS profile (like Gmail's port 465) with "Use SSL" on. */
    public static GmailSmtpProfile ssl(String hostName, int port, String username, String password,
                                       CertificateAuthority certificateAuthority) {
        return new GmailSmtpProfile(hostName, username, password, port, true, SmtpSecurity.SSL,
                certificateAuthority, false);
    }

    /** The server's host name, e.g. {@code localhost}. */
    public String hostName() {
        return hostName;
    }

    /** The SMTP username (the Gmail address). */
    public String username() {
        return username;
    }

    /** The SMTP password (normally an app password), or the OAuth 2.0 access token when {@link #oauth2()}. */
    public String password() {
        return password;
    }

    /** The TCP port, 1–65535. */
    public int port() {
        return port;
    }

    /**
     * The form's "Use SSL" box: true for both types, as the connection is encrypted either way; the Jakarta Mail
     * settings depend on {@link #type()} only.
     */
    public boolean useSsl() {
        return useSsl;
    }

    /** STARTTLS (Gmail's 587) or SSL (implicit TLS, Gmail's 465). */
    public SmtpSecurity type() {
        return type;
    }

    /** The CA that signed the server certificate; the client trusts exactly this. */
    public CertificateAuthority certificateAuthority() {
        return certificateAuthority;
    }

    /** Whether {@link #password()} is an OAuth 2.0 access token, sent with AUTH XOAUTH2. */
    public boolean oauth2() {
        return oauth2;
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

    /**
     * A new Jakarta Mail session with {@link #javaMailProperties()} that logs in with this profile's username and
     * password when the caller gives no password, and never replaces a password the caller gives (see the class
     * comment). It has no {@code Authenticator}: the password is saved for the connections Jakarta Mail makes without
     * one, {@code smtp://username@hostName} on the default port (what {@code Transport.send(message)} and
     * {@code transport.connect()} use) and on {@link #port()}.
     */
    public Session session() {
        Session session = Session.getInstance(javaMailProperties());
        PasswordAuthentication login = new PasswordAuthentication(username, password);
        session.setPasswordAuthentication(new URLName("smtp", hostName, -1, null, username, null), login);
        session.setPasswordAuthentication(new URLName("smtp", hostName, port, null, username, null), login);
        return session;
    }

    /** Equal when every field is. */
    @Override
    public boolean equals(Object other) {
        return other instanceof GmailSmtpProfile that && port == that.port && useSsl == that.useSsl
                && oauth2 == that.oauth2 && hostName.equals(that.hostName) && username.equals(that.username)
                && password.equals(that.password) && type == that.type
                && certificateAuthority.equals(that.certificateAuthority);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hostName, username, password, port, useSsl, type, certificateAuthority, oauth2);
    }

    @Override
    public String toString() {
        return "GmailSmtpProfile[hostName=" + hostName + ", username=" + username + ", port=" + port
                + ", useSsl=" + useSsl + ", type=" + type + (oauth2 ? ", oauth2" : "") + "]";
    }
}
