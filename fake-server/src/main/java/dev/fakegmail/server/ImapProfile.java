package dev.fakegmail.server;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Objects;
import java.util.Properties;

/**
 * An IMAP profile: the fields a person types into a mail client's "incoming mail (IMAP)" form for
 * {@code imap.gmail.com} (host, port 993, SSL on, the Gmail address and its app password), plus the test CA the
 * client must trust. {@link #session()} and {@link #connect()} give a Jakarta Mail {@code imaps} session and store
 * that trust exactly this CA and check the host name. {@link #toString()} never shows the password.
 *
 * @param hostName             the server's host name, e.g. {@code localhost}
 * @param port                 the IMAP port (993 when it was free), 1–65535
 * @param username             the IMAP username (the Gmail address)
 * @param password             the password (normally an app password) or, with {@code oauth2}, an access token
 * @param certificateAuthority the CA that signed the server certificate
 * @param oauth2               whether {@code password} is an OAuth 2.0 access token, sent with AUTHENTICATE XOAUTH2
 */
public record ImapProfile(String hostName, int port, String username, String password,
                          CertificateAuthority certificateAuthority, boolean oauth2) {
    /**
     * Connect and read timeout set in {@link #javaMailProperties()}, in milliseconds. Longer than SMTP's: the first
     * IMAP command after a send files the accepted messages into GreenMail's folders, which takes seconds for a
     * message of tens of megabytes (docs/gmail-imap.md §6).
     */
    public static final int TIMEOUT_MILLIS = 60_000;

    /**
     * Validates every component.
     *
     * @throws IllegalArgumentException for a blank host name or username, or a port outside 1–65535
     */
    public ImapProfile {
        Objects.requireNonNull(hostName, "hostName must not be null");
        Objects.requireNonNull(username, "username must not be null");
        Objects.requireNonNull(password, "password must not be null");
        Objects.requireNonNull(certificateAuthority, "certificateAuthority must not be null");
        if (hostName.isBlank() || username.isBlank()) {
            throw new IllegalArgumentException("hostName and username must not be blank; use e.g. \"localhost\" and"
                    + " the Gmail address");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, but was " + port);
        }
    }

    /** The form's "Use SSL" box: always on, as on {@code imap.gmail.com:993} (implicit TLS). */
    public boolean useSsl() {
        return true;
    }

    /** A copy with another password, e.g. a new app password after the old one was revoked. */
    public ImapProfile withPassword(String newPassword) {
        return new ImapProfile(hostName, port, username, newPassword, certificateAuthority, false);
    }

    /**
     * Jakarta Mail settings for the {@code imaps} protocol, a fresh object on each call: host, port, user; the CA's
     * socket factory without fallback, host name verification, TLS 1.3 and 1.2, {@value #TIMEOUT_MILLIS} ms
     * timeouts, and XOAUTH2 for an OAuth profile. The password is not in them.
     */
    public Properties javaMailProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.store.protocol", "imaps");
        properties.setProperty("mail.imaps.host", hostName);
        properties.setProperty("mail.imaps.port", Integer.toString(port));
        properties.setProperty("mail.imaps.user", username);
        properties.setProperty("mail.imaps.ssl.checkserveridentity", "true");
        properties.put("mail.imaps.ssl.socketFactory", certificateAuthority.socketFactory());
        properties.setProperty("mail.imaps.ssl.socketFactory.fallback", "false");
        properties.setProperty("mail.imaps.socketFactory.fallback", "false");
        properties.setProperty("mail.imaps.ssl.protocols", GmailSmtpProfile.TLS_PROTOCOLS);
        properties.setProperty("mail.imaps.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty("mail.imaps.timeout", Integer.toString(TIMEOUT_MILLIS));
        if (oauth2) {
            properties.setProperty("mail.imaps.auth.mechanisms", "XOAUTH2");
        }
        return properties;
    }

    /** A new Jakarta Mail session with {@link #javaMailProperties()} and this profile's credentials. */
    public Session session() {
        String user = username;
        String secret = password;
        return Session.getInstance(javaMailProperties(), new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, secret);
            }
        });
    }

    /**
     * A connected {@code imaps} store, logged in with this profile; close it when done.
     *
     * @throws MessagingException as Jakarta Mail reports it, e.g. an {@code AuthenticationFailedException} with
     *                            Gmail's {@code [AUTHENTICATIONFAILED] Invalid credentials (Failure)}
     */
    public Store connect() throws MessagingException {
        Store store = session().getStore("imaps");
        store.connect(hostName, port, username, password);
        return store;
    }

    @Override
    public String toString() {
        return "ImapProfile[hostName=" + hostName + ", port=" + port + ", username=" + username + ", useSsl=true"
                + (oauth2 ? ", oauth2" : "") + "]";
    }
}
