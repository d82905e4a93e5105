package dev.fakegmail.server;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that happened at one of the server's doors, as Gmail saw it: on SMTP a connect, a TLS handshake, a login
 * accepted or refused, a command refused, a message accepted; on IMAP a login accepted or refused; at the token
 * endpoint a refresh grant accepted or refused. Never holds a
 * secret: no password, app password or token, and no client text other than a username. Immutable.
 *
 * @param sequence  the event's number on its server, from 1, increasing (never reused, also not by a reset)
 * @param at        when, on the server's clock
 * @param sessionId the Gmail session id of the connection (the id in its {@code - gsmtp} replies, or in IMAP's
 *                  greeting)
 * @param kind      what happened
 * @param account   the username the client gave (logins), the sending account (accepted messages), or the account
 *                  of the refresh token (token requests)
 * @param mechanism how a login was tried: on SMTP the SASL mechanism ({@code PLAIN}, {@code XOAUTH2}, …), on IMAP
 *                  the command ({@code LOGIN}, {@code AUTHENTICATE PLAIN}, {@code AUTHENTICATE XOAUTH2}, …), at the
 *                  token endpoint the grant type ({@code refresh_token})
 * @param reply     Gmail's reply: on SMTP its code and enhanced code, {@code 535 5.7.8}; on IMAP the tagged reply
 *                  without the tag, {@code NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)}; at the token
 *                  endpoint Google's status, error and description, {@code 400 invalid_grant Token has been expired
 *                  or revoked.}
 * @param detail    the port and TLS ({@code port 587, plain}), the TLS version ({@code TLSv1.3}), the refused
 *                  command ({@code MAIL}), or the accepted message's id
 * @param door      the door it happened at
 */
public record ActivityEvent(long sequence, Instant at, String sessionId, Kind kind, Optional<String> account,
                            Optional<String> mechanism, Optional<String> reply, String detail, Door door) {

    /** The door of an event: the protocol the client spoke. */
    public enum Door {
        /** SMTP submission, on 587 or 465. */
        SMTP,
        /** IMAP, on 993. */
        IMAP,
        /**
         * Google's OAuth token endpoint, {@code POST /token} on the HTTP port: the mechanism is the grant type as
         * sent, the reply Google's status, error and description ({@code 400 invalid_grant Token has been expired or
         * revoked.}), the account the refresh token's when it is known.
         */
        TOKEN,
        /**
         * The Gmail API, {@code /gmail/v1/…} on the HTTP port: a message sent there is a {@code MESSAGE_ACCEPTED}
         * event with the reply {@code 200 OK} and a session id {@code GMAIL_API-<n>}.
         */
        GMAIL_API
    }

    /** What happened. */
    public enum Kind {
        /** A client connected; {@link #detail()} names the port and whether TLS is implicit. */
        CONNECTED,
        /** A TLS handshake completed; {@link #detail()} is the protocol. */
        TLS,
        /** A login succeeded: SMTP AUTH ({@code 235 2.7.0}), IMAP LOGIN or AUTHENTICATE ({@code OK}). */
        LOGIN_ACCEPTED,
        /**
         * A login failed: {@code 535 5.7.8} bad credentials, {@code 534 5.7.9} app password required, the lockout
         * (on IMAP {@code NO [AUTHENTICATIONFAILED]}, {@code NO [ALERT]}, …); {@link #why()} says what it means.
         */
        LOGIN_REFUSED,
        /** A command other than AUTH got a 4xx or 5xx reply; {@link #detail()} is the verb. */
        COMMAND_REJECTED,
        /** A message was accepted; {@link #detail()} is its {@link ReceivedMessage#id()}. */
        MESSAGE_ACCEPTED,
        /**
         * The retention cap ({@code maxMessages}) removed the oldest message; {@link #detail()} is its
         * {@link ReceivedMessage#id()}, {@link #account()} its sending account.
         */
        MESSAGE_REMOVED
    }

    /** An event at the SMTP door (the constructor before doors were recorded). */
    public ActivityEvent(long sequence, Instant at, String sessionId, Kind kind, Optional<String> account,
                         Optional<String> mechanism, Optional<String> reply, String detail) {
        this(sequence, at, sessionId, kind, account, mechanism, reply, detail, Door.SMTP);
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
        Objects.requireNonNull(door, "door");
    }

    /**
     * What a refused login's reply means for the person who tried it, e.g. for {@code 534 5.7.9} "application-specific
     * password required: the account password was used; use an app password"; the same words for IMAP's reply of the
     * same meaning; empty for every other event.
     */
    public Optional<String> why() {
        if (kind != Kind.LOGIN_REFUSED) {
            return Optional.empty();
        }
        String code = reply.orElse("");
        if (door == Door.TOKEN) {
            return Optional.of(tokenWhy(code));
        }
        if (code.startsWith("534") || code.contains("Application-specific password required")) {
            return Optional.of("application-specific password required: the account password was used; use an app"
                    + " password");
        }
        if (code.startsWith("535") || code.contains("[AUTHENTICATIONFAILED]")) {
            return Optional.of("username and password not accepted: a wrong, unknown or revoked app password, or"
                    + " token");
        }
        if (code.startsWith("454") || code.contains("Please log in via your web browser")) {
            return Optional.of("too many login attempts (refused logins on SMTP and IMAP count together), or a"
                    + " temporary failure; wait, or reset the server");
        }
        if (code.contains("[UNAVAILABLE]")) {
            return Optional.of("a temporary failure on Gmail's side; try again");
        }
        return Optional.of("the exchange itself failed; see docs/gmail-smtp.md section 4 or docs/gmail-imap.md"
                + " section 3");
    }

    private static String tokenWhy(String reply) {
        if (reply.contains("invalid_grant")) {
            return "the refresh token was revoked (a password change, a reset, by hand) or never minted; get a new one";
        }
        if (reply.contains("invalid_client")) {
            return "an unknown OAuth client id, or a wrong client secret";
        }
        if (reply.contains("unauthorized_client")) {
            return "the refresh token was issued to another OAuth client";
        }
        return "not a refresh grant Google takes; see docs/google-oauth.md";
    }

    /** One line for a person: {@code LOGIN_REFUSED alice@gmail.com PLAIN 535 5.7.8 (session …)}; IMAP's say so. */
    public String describe() {
        StringBuilder text = new StringBuilder(kind.name());
        if (door != Door.SMTP) {
            text.append(' ').append(door.name());
        }
        account.ifPresent(a -> text.append(' ').append(a));
        mechanism.ifPresent(m -> text.append(' ').append(m));
        reply.ifPresent(r -> text.append(' ').append(r));
        if (!detail.isEmpty()) {
            text.append(' ').append(detail);
        }
        return text.append(" (session ").append(sessionId).append(')').toString();
    }
}
