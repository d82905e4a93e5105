package dev.fakegmail.server.internal.smtp;

import java.util.Optional;

/**
 * What a session tells the rest of the server about itself, as Gmail's own logs would see it: connects, TLS, logins
 * and refused commands. Never given a secret. Called from session threads; implementations are thread-safe and fast.
 */
public interface SessionListener {
    /** A listener that ignores everything. */
    SessionListener NONE = new SessionListener() {
    };

    /** A client connected to {@code port}; {@code implicitTls} for the SSL port (its handshake follows). */
    default void connected(String sessionId, int port, boolean implicitTls) {
    }

    /** A TLS handshake completed with this protocol ({@code TLSv1.3}). */
    default void secured(String sessionId, String protocol) {
    }

    /**
     * An AUTH exchange ended.
     *
     * @param mechanism the SASL mechanism, upper case, or {@code (none)}/{@code (unsupported)}
     * @param user      the username the client gave, when it could be decoded
     * @param reply     the reply's code and enhanced code, e.g. {@code 535 5.7.8}
     */
    default void authenticated(String sessionId, String mechanism, Optional<String> user, String reply) {
    }

    /**
     * A command was answered.
     *
     * @param command the verb ({@code MAIL}), or {@code (unrecognized)}: client text is never passed on
     * @param reply   the reply's code and enhanced code ({@code 530 5.7.0}); empty when already reported
     */
    default void answered(String sessionId, String command, String reply) {
    }
}
