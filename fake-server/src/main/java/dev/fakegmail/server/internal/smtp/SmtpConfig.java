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
 * @param maxSessions        concurrent sessions per door, counted from accept on 587 and from the first byte on 465
 *                           and 993; the next gets 421 (587) or is closed at once (465); also the number of
 *                           connections that may wait for their first byte on 465 and on 993
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

    /** The longest a connection to an implicit-TLS port may wait for its first byte (the handshake's, at most). */
    public static final Duration FIRST_BYTE_TIMEOUT = Duration.ofSeconds(10);

    /**
     * How long a connection to an implicit-TLS port (465, 993) may stay silent before its first byte: the handshake
     * deadline, but at most {@link #FIRST_BYTE_TIMEOUT}.
     */
    public Duration firstByteTimeout() {
        return handshakeTimeout.compareTo(FIRST_BYTE_TIMEOUT) < 0 ? handshakeTimeout : FIRST_BYTE_TIMEOUT;
    }

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
