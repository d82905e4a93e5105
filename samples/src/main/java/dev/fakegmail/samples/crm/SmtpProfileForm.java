package dev.fakegmail.samples.crm;

import java.util.Objects;

/**
 * The Gmail SMTP profile as a CRM admin fills it in: Host Name, Username, Password, Port, Use SSL and Type.
 * {@link #toString()} never shows the password.
 *
 * @param hostName the SMTP server, {@code smtp.gmail.com} for Gmail
 * @param username the full Gmail address
 * @param password an app password (16 letters, spaces allowed); the Google Account password is refused by Gmail
 * @param port     587 for STARTTLS, 465 for SSL
 * @param useSsl   whether the connection is encrypted at all; Gmail refuses to log in without it
 * @param type     STARTTLS or SSL; only read when {@code useSsl} is on
 */
public record SmtpProfileForm(String hostName, String username, String password, int port, boolean useSsl,
                              ConnectionType type) {

    /** Gmail's host name. */
    public static final String GMAIL_HOST = "smtp.gmail.com";

    /**
     * Checks what a form would check before saving.
     *
     * @throws IllegalArgumentException naming the field and what it needs
     */
    public SmtpProfileForm {
        Objects.requireNonNull(type, "Type must be STARTTLS or SSL");
        if (hostName == null || hostName.isBlank()) {
            throw new IllegalArgumentException("Host Name is required, e.g. " + GMAIL_HOST);
        }
        if (username == null || !username.contains("@")) {
            throw new IllegalArgumentException("Username must be the full Gmail address, e.g. sales@gmail.com");
        }
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("Password is required: paste the app password created for this CRM");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("Port must be 587 (STARTTLS) or 465 (SSL), was " + port);
        }
    }

    /** The profile Gmail's help pages recommend: {@code smtp.gmail.com}, port 587, Use SSL on, Type STARTTLS. */
    public static SmtpProfileForm gmail(String username, String appPassword) {
        return new SmtpProfileForm(GMAIL_HOST, username, appPassword, 587, true, ConnectionType.STARTTLS);
    }

    /** The same profile with another password, as when the admin pastes a new app password. */
    public SmtpProfileForm withPassword(String newPassword) {
        return new SmtpProfileForm(hostName, username, newPassword, port, useSsl, type);
    }

    /** The same profile with "Use SSL" ticked or not. */
    public SmtpProfileForm withUseSsl(boolean on) {
        return new SmtpProfileForm(hostName, username, password, port, on, type);
    }

    /** The same profile with another Type and Port. */
    public SmtpProfileForm withType(ConnectionType newType, int newPort) {
        return new SmtpProfileForm(hostName, username, password, newPort, useSsl, newType);
    }

    @Override
    public String toString() {
        return "SmtpProfileForm[hostName=" + hostName + ", username=" + username + ", password=(hidden), port=" + port
                + ", useSsl=" + useSsl + ", type=" + type + "]";
    }
}
