package dev.fakegmail.samples.oauth;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Sends through Gmail with OAuth 2.0 ({@code AUTH XOAUTH2}) instead of a password, and keeps its access token fresh.
 *
 * <p>The token is cached until shortly before it expires ({@link #REFRESH_MARGIN}), then a new one is fetched
 * before sending. A token can also stop working early (revoked, or the Google Account password changed): when Gmail
 * refuses it, the mailer fetches a new token once and tries again.
 */
public final class OAuthMailer {
    /** How long before its expiry a cached token is replaced. */
    public static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    private final Properties smtpSettings;
    private final String username;
    private final TokenEndpoint tokens;
    private final Clock clock;
    private IssuedToken current;

    /**
     * A mailer for one Gmail account.
     *
     * @param smtpSettings Jakarta Mail settings for Gmail (host, port, STARTTLS, trust) without a password
     * @param username     the Gmail address
     * @param tokens       where access tokens come from
     * @param clock        the clock that decides when a token is due for refresh
     */
    public OAuthMailer(Properties smtpSettings, String username, TokenEndpoint tokens, Clock clock) {
        this.smtpSettings = new Properties();
        this.smtpSettings.putAll(Objects.requireNonNull(smtpSettings, "smtpSettings"));
        this.smtpSettings.setProperty("mail.smtp.auth", "true");
        this.smtpSettings.setProperty("mail.smtp.auth.mechanisms", "XOAUTH2");
        this.username = Objects.requireNonNull(username, "username");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sends a plain-text message from the account; refreshes the token first when it is due. */
    public synchronized void send(String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(smtpSettings));
        message.setFrom(username);
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        try {
            Transport.send(message, username, token().value());
        } catch (AuthenticationFailedException refused) {
            current = tokens.issue();
            Transport.send(message, username, current.value());
        }
    }

    private IssuedToken token() {
        if (current == null || !clock.instant().isBefore(current.expiresAt().minus(REFRESH_MARGIN))) {
            current = tokens.issue();
        }
        return current;
    }
}
