package dev.fakegmail.server.internal.smtp;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;

/**
 * The engine's limits and settings (docs/robustness.md gives the defaults).
 *
 * @param bindAddress        the loopback address both listeners bind
 * @param clock              the server's clock (acceptance times, 250 timestamps)
 * @param idleTimeout        how long a command may take from the moment it is awaited
 * @param handshakeTimeout   how long a whole TLS handshake may take, counted from its start
 * @param maxSessions        concurrent connections per server, counted from accept (before any TLS handshake);
 *                           the next gets 421 (587) or is closed at once (465)
 * @param commandLineLimit   octets per command line, CRLF included
 * @param pathLineLimit      octets per MAIL / RCPT line
 * @param authLineLimit      octets per AUTH line or continuation
 * @param maxMessageSize     octets per message after dot-unstuffing (Gmail's SIZE)
 * @param maxRecipients      RCPTs per message
 * @param maxErrors          syntax/sequence/unknown error replies before the session is closed
 * @param minDataRate        bytes per second a DATA transfer must average once {@code idleTimeout} has passed
 * @param headerLimits       Gmail's limits on the header section, checked at the end of data
 */
public record SmtpConfig(
        InetAddress bindAddress,
        Clock clock,
        Duration idleTimeout,
        Duration handshakeTimeout,
        int maxSessions,
        int commandLineLimit,
        int pathLineLimit,
        int authLineLimit,
        long maxMessageSize,
        int maxRecipients,
        int maxErrors,
        int minDataRate,
        HeaderLimits headerLimits) {

    /** Gmail's SIZE. */
    public static final long GMAIL_MAX_MESSAGE_SIZE = 35_882_577L;

    /** The octet limit for a verb's line. */
    int lineLimit(Verb.Limits kind) {
        return switch (kind) {
            case COMMAND -> commandLineLimit;
            case PATH -> pathLineLimit;
            case AUTH -> authLineLimit;
        };
    }

    /** The longest line any verb may send. */
    int longestLine() {
        return Math.max(commandLineLimit, Math.max(pathLineLimit, authLineLimit));
    }
}
