package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.Fault;
import dev.fakegmail.server.internal.tls.ServerTls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * What an injected fault does where it strikes: one sealed type, each kind carrying out its own effect on the
 * session's {@link ReplyChannel}, so adding a kind cannot compile until it says what it does. The engine's side of a
 * planned {@link Fault}, made from it by {@link FaultEffects}.
 */
sealed interface FaultAction {

    /**
     * Carries the effect out on a session's replies.
     *
     * @return whether the command is still handled as usual
     */
    Strike strike(ReplyChannel replies) throws IOException;

    /** The key material a TLS handshake that follows presents: {@code normal} unless this is a {@link Handshake}. */
    ServerTls presents(ServerTls normal);

    /** Sends one of Gmail's replies. */
    static FaultAction gmail(GmailReply reply) {
        return new Answer(reply::bytes, reply.closes());
    }

    /** Sends a custom one-line reply such as {@code 451 4.3.0 Try again}; {@code <id> - gsmtp} is appended. */
    static FaultAction reply(String line) {
        return new Answer(id -> (line + " " + id + " - gsmtp\r\n").getBytes(StandardCharsets.US_ASCII),
                line.startsWith("421"));
    }

    /** What became of the command a fault struck. */
    enum Strike {
        /** The command is handled as usual (after a delay, or with the session ending after it). */
        PROCEED,
        /** The fault answered or dropped instead: the command is not handled. */
        CONSUMED
    }

    /**
     * Answers instead of handling the command.
     *
     * @param wire   the reply's bytes for a session id
     * @param closes whether the reply closes the connection (421, the idle timeout)
     */
    record Answer(SessionReply wire, boolean closes) implements FaultAction {
        /** Checks that there is a reply. */
        public Answer {
            Objects.requireNonNull(wire, "wire");
        }

        @Override
        public Strike strike(ReplyChannel replies) throws IOException {
            replies.answer(wire, closes);
            return Strike.CONSUMED;
        }

        @Override
        public ServerTls presents(ServerTls normal) {
            return normal;
        }
    }

    /**
     * Waits, then handles the command as usual.
     *
     * @param delay how long
     */
    record Delay(Duration delay) implements FaultAction {
        @Override
        public Strike strike(ReplyChannel replies) throws IOException {
            replies.pause(delay);
            return Strike.PROCEED;
        }

        @Override
        public ServerTls presents(ServerTls normal) {
            return normal;
        }
    }

    /**
     * Closes the connection.
     *
     * @param when before the command, after processing it, or after its reply
     */
    record Drop(Fault.Drop.When when) implements FaultAction {
        @Override
        public Strike strike(ReplyChannel replies) {
            return replies.drop(when);
        }

        @Override
        public ServerTls presents(ServerTls normal) {
            return normal;
        }
    }

    /**
     * Presents other key material in the TLS handshake (STARTTLS, or CONNECT on the implicit-TLS port); elsewhere,
     * and on the plain port's CONNECT, it changes nothing.
     *
     * @param material the key material to present instead of the real one
     */
    record Handshake(ServerTls material) implements FaultAction {
        @Override
        public Strike strike(ReplyChannel replies) {
            return Strike.PROCEED;
        }

        @Override
        public ServerTls presents(ServerTls normal) {
            return material;
        }
    }

    /** A reply rendered for one session id. */
    @FunctionalInterface
    interface SessionReply {
        /** The reply's wire bytes, ending in {@code <id> - gsmtp} and CRLF. */
        byte[] bytes(String sessionId);
    }
}
