package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.internal.tls.ServerTls;
import java.time.Duration;
import java.util.Optional;

/**
 * What an injected fault does to the command it strikes.
 *
 * @param kind   the effect
 * @param reply  for {@link Kind#REPLY}: the reply lines without the {@code <id> - gsmtp} trailer, or a Gmail reply
 * @param delay  for {@link Kind#DELAY}: how long to wait before handling the command as usual
 * @param tls    for {@link Kind#TLS}: the key material to present instead of the real one
 */
public record FaultAction(Kind kind, Optional<GmailReply> gmailReply, Optional<String> reply, Duration delay,
                          Optional<ServerTls> tls) {

    /** The effects. */
    public enum Kind {
        /** Send this reply instead of handling the command (a 421 or 451 4.4.2 also closes). */
        REPLY,
        /** Wait, then handle the command as usual. */
        DELAY,
        /** Close the connection without handling the command or replying. */
        DROP_BEFORE,
        /** Handle the command (a message is stored) but close instead of sending the reply. */
        DROP_AFTER_PROCESSING,
        /** Handle the command, send its reply, then close. */
        DROP_AFTER_REPLY,
        /** Present other key material in this TLS handshake (STARTTLS, or CONNECT on the implicit-TLS port). */
        TLS
    }

    /** Sends one of Gmail's replies. */
    public static FaultAction gmail(GmailReply reply) {
        return new FaultAction(Kind.REPLY, Optional.of(reply), Optional.empty(), Duration.ZERO, Optional.empty());
    }

    /** Sends a custom one-line reply such as {@code 451 4.3.0 Try again}; {@code <id> - gsmtp} is appended. */
    public static FaultAction reply(String line) {
        return new FaultAction(Kind.REPLY, Optional.empty(), Optional.of(line), Duration.ZERO, Optional.empty());
    }

    /** Waits before handling the command. */
    public static FaultAction delay(Duration delay) {
        return new FaultAction(Kind.DELAY, Optional.empty(), Optional.empty(), delay, Optional.empty());
    }

    /** Drops the connection, see {@link Kind}. */
    public static FaultAction drop(Kind kind) {
        return new FaultAction(kind, Optional.empty(), Optional.empty(), Duration.ZERO, Optional.empty());
    }

    /** Presents other key material in the handshake. */
    public static FaultAction tls(ServerTls material) {
        return new FaultAction(Kind.TLS, Optional.empty(), Optional.empty(), Duration.ZERO, Optional.of(material));
    }

    /** Whether the reply closes the connection (421 always closes; so does the idle timeout). */
    boolean closes() {
        return gmailReply.map(GmailReply::closes).orElse(false) || reply.map(r -> r.startsWith("421")).orElse(false);
    }

    /** The reply as wire bytes for a session. */
    byte[] render(String sessionId) {
        return gmailReply.map(r -> r.bytes(sessionId)).orElseGet(() -> (reply.orElseThrow() + " " + sessionId
                + " - gsmtp\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
