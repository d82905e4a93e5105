package dev.fakegmail.server;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that happened in an SMTP session, as Gmail saw it: a connect, a TLS handshake, a login accepted or
 * refused, a command refused, a message accepted. Never holds a secret: no password, app password or token, and
 * no client text other than a username. Immutable.
 *
 * @param sequence  the event's number on its server, from 1, increasing (never reused, also not by a reset)
 * @param at        when, on the server's clock
 * @param sessionId the Gmail session id of the connection (the id in its {@code - gsmtp} replies)
 * @param kind      what happened
 * @param account   the username the client gave (logins), or the sending account (accepted messages)
 * @param mechanism the SASL mechanism of a login ({@code PLAIN}, {@code XOAUTH2}, …)
 * @param reply     the code and enhanced code of the reply, {@code 535 5.7.8}
 * @param detail    the port and TLS ({@code port 587, plain}), the TLS version ({@code TLSv1.3}), the refused
 *                  command ({@code MAIL}), or the accepted message's id
 */
public record ActivityEvent(long sequence, Instant at, String sessionId, Kind kind, Optional<String> account,
                            Optional<String> mechanism, Optional<String> reply, String detail) {

    /** What happened. */
    public enum Kind {
        /** A client connected; {@link #detail()} names the port and whether TLS is implicit. */
        CONNECTED,
        /** A TLS handshake completed; {@link #detail()} is the protocol. */
        TLS,
        /** AUTH succeeded ({@code 235 2.7.0}). */
        LOGIN_ACCEPTED,
        /** AUTH failed: {@code 535 5.7.8} bad credentials, {@code 534 5.7.9} app password required, lockout. */
        LOGIN_REFUSED,
        /** A command other than AUTH got a 4xx or 5xx reply; {@link #detail()} is the verb. */
        COMMAND_REJECTED,
        /** A message was accepted; {@link #detail()} is its {@link ReceivedMessage#id()}. */
        MESSAGE_ACCEPTED
    }

    /** Checks for nulls. */
    public ActivityEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * What a refused login's reply means for the person who tried it, e.g. for {@code 534 5.7.9} "application-specific
     * password required: the account password was used; use an app password"; empty for every other event.
     */
    public Optional<String> why() {
        if (kind != Kind.LOGIN_REFUSED) {
            return Optional.empty();
        }
        String code = reply.orElse("");
        if (code.startsWith("534")) {
            return Optional.of("application-specific password required: the account password was used; use an app"
                    + " password");
        }
        if (code.startsWith("535")) {
            return Optional.of("username and password not accepted: a wrong, unknown or revoked app password, or"
                    + " token");
        }
        if (code.startsWith("454")) {
            return Optional.of("too many login attempts, or a temporary failure; wait, or reset the server");
        }
        return Optional.of("the exchange itself failed; see docs/gmail-smtp.md section 4");
    }

    /** One line for a person: {@code LOGIN_REFUSED alice@gmail.com PLAIN 535 5.7.8 (session …)}. */
    public String describe() {
        StringBuilder text = new StringBuilder(kind.name());
        account.ifPresent(a -> text.append(' ').append(a));
        mechanism.ifPresent(m -> text.append(' ').append(m));
        reply.ifPresent(r -> text.append(' ').append(r));
        if (!detail.isEmpty()) {
            text.append(' ').append(detail);
        }
        return text.append(" (session ").append(sessionId).append(')').toString();
    }
}
