package dev.fakegmail.server;

import java.util.Objects;
import java.util.Optional;

/**
 * Builds a {@link GmailSmtpProfile} field by field, as a person fills in an SMTP settings form. Defaults: type
 * STARTTLS, "Use SSL" on, a password login. Host name, port, username, password (or access token) and certificate
 * authority are required. Made by {@link GmailSmtpProfile#builder()}; {@link #build()} copies the fields.
 *
 * <pre>{@code
 * GmailSmtpProfile profile = GmailSmtpProfile.builder()
 *         .hostName("localhost").port(465).type(SmtpSecurity.SSL)
 *         .username("alice@gmail.com").password(appPassword)
 *         .certificateAuthority(gmail.certificateAuthority())
 *         .build();
 * }</pre>
 */
public final class GmailSmtpProfileBuilder {
    private Optional<String> hostName = Optional.empty();
    private Optional<Integer> port = Optional.empty();
    private Optional<String> username = Optional.empty();
    private Optional<String> password = Optional.empty();
    private boolean oauth2;
    private boolean useSsl = true;
    private SmtpSecurity type = SmtpSecurity.STARTTLS;
    private Optional<CertificateAuthority> certificateAuthority = Optional.empty();

    GmailSmtpProfileBuilder() {
    }

    /** The server's host name, e.g. {@code localhost}. */
    public GmailSmtpProfileBuilder hostName(String hostName) {
        this.hostName = Optional.of(Objects.requireNonNull(hostName, "hostName must not be null"));
        return this;
    }

    /** The TCP port, 1–65535 (checked by {@link #build()}). */
    public GmailSmtpProfileBuilder port(int port) {
        this.port = Optional.of(port);
        return this;
    }

    /** The SMTP username (the Gmail address). */
    public GmailSmtpProfileBuilder username(String username) {
        this.username = Optional.of(Objects.requireNonNull(username, "username must not be null"));
        return this;
    }

    /** A password login (AUTH PLAIN or LOGIN) with this password, normally an app password. */
    public GmailSmtpProfileBuilder password(String password) {
        this.password = Optional.of(Objects.requireNonNull(password, "password must not be null"));
        this.oauth2 = false;
        return this;
    }

    /** An OAuth 2.0 login (AUTH XOAUTH2) with this access token instead of a password. */
    public GmailSmtpProfileBuilder accessToken(String accessToken) {
        this.password = Optional.of(Objects.requireNonNull(accessToken, "accessToken must not be null"));
        this.oauth2 = true;
        return this;
    }

    /** STARTTLS (Gmail's 587, the default) or SSL (implicit TLS, Gmail's 465). */
    public GmailSmtpProfileBuilder type(SmtpSecurity type) {
        this.type = Objects.requireNonNull(type, "type must not be null; use SmtpSecurity.STARTTLS or SmtpSecurity.SSL");
        return this;
    }

    /** The form's "Use SSL" box (default on); the Jakarta Mail settings depend on the type only. */
    public GmailSmtpProfileBuilder useSsl(boolean useSsl) {
        this.useSsl = useSsl;
        return this;
    }

    /** The CA that signed the server certificate, e.g. {@link FakeGmailServer#certificateAuthority()}. */
    public GmailSmtpProfileBuilder certificateAuthority(CertificateAuthority authority) {
        this.certificateAuthority = Optional.of(Objects.requireNonNull(authority, "certificateAuthority must not be null"));
        return this;
    }

    /**
     * A profile with these fields.
     *
     * @throws IllegalStateException    when a required field was not set
     * @throws IllegalArgumentException for a blank host name or username, or a port outside 1–65535
     */
    public GmailSmtpProfile build() {
        return new GmailSmtpProfile(required(hostName, "hostName(\"localhost\")"),
                required(username, "username(\"you@gmail.com\")"),
                required(password, "password(appPassword) or accessToken(token)"),
                required(port, "port(587)"), useSsl, type,
                required(certificateAuthority, "certificateAuthority(gmail.certificateAuthority())"), oauth2);
    }

    private static <T> T required(Optional<T> value, String call) {
        return value.orElseThrow(() -> new IllegalStateException("A GmailSmtpProfile needs every field of the form, "
                + "but " + call.substring(0, call.indexOf('(')) + " was not set. Call " + call + " before build()"));
    }
}
