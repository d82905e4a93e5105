package dev.fakegmail.server.internal.imap;

import com.icegreen.greenmail.imap.ImapRequestLineReader;
import com.icegreen.greenmail.imap.ImapSession;
import com.icegreen.greenmail.imap.ProtocolException;
import com.icegreen.greenmail.imap.commands.CommandParser;
import dev.fakegmail.server.internal.auth.AuthResult;
import dev.fakegmail.server.internal.auth.SaslDecoding;
import dev.fakegmail.server.internal.auth.SaslDecoding.Credentials;
import java.util.Locale;
import java.util.Optional;

/**
 * LOGIN and AUTHENTICATE against the server's Google Accounts (docs/gmail-imap.md §3): the same checks, lockout
 * and access tokens as SMTP AUTH, with Gmail's IMAP replies. On success the GreenMail session is logged in as the
 * account's mailbox owner. Secrets are never kept or logged beyond the call.
 */
final class GimapLogin {
    /** The longest SASL response line (the same as SMTP's AUTH line limit). */
    private static final int SASL_LINE_LIMIT = 12_288;

    private final ImapBackend backend;
    private final ImapWire wire;

    GimapLogin(ImapBackend backend, ImapWire wire) {
        this.backend = backend;
        this.wire = wire;
    }

    /** {@code LOGIN user password}. */
    void login(String tag, ImapRequestLineReader request, CommandParser parser, ImapSession session)
            throws ProtocolException {
        String user = parser.astring(request);
        String password = parser.astring(request);
        parser.endLine(request);
        finish(tag, user, backend.authenticate(user, password), session);
    }

    /** {@code AUTHENTICATE mechanism [initial-response]} with its challenges. */
    void authenticate(String tag, ImapRequestLineReader request, CommandParser parser, ImapSession session)
            throws ProtocolException {
        String mechanism = parser.atom(request).toUpperCase(Locale.ROOT);
        Optional<String> initial = request.nextChar() == ' ' ? Optional.of(parser.astring(request)) : Optional.empty();
        parser.endLine(request);
        switch (mechanism) {
            case "PLAIN" -> password(tag, request, initial, session);
            case "XOAUTH2" -> bearer(tag, request, initial, session, GimapReply.XOAUTH2_ERROR_CHALLENGE, true);
            case "OAUTHBEARER" -> bearer(tag, request, initial, session, GimapReply.OAUTHBEARER_ERROR_CHALLENGE,
                    false);
            case "PLAIN-CLIENTTOKEN", "XOAUTH" -> {
                Optional<String> answer = response(request, initial);
                wire.reply(answer.isPresent() ? GimapReply.INVALID_CREDENTIALS : GimapReply.AUTH_CANCELLED, tag);
            }
            default -> wire.reply(GimapReply.UNKNOWN_MECHANISM, tag);
        }
    }

    private void password(String tag, ImapRequestLineReader request, Optional<String> initial, ImapSession session)
            throws ProtocolException {
        Optional<String> answer = response(request, initial);
        if (answer.isEmpty()) {
            wire.reply(GimapReply.AUTH_CANCELLED, tag);
            return;
        }
        Optional<Credentials> credentials = SaslDecoding.plain(answer.get());
        if (credentials.isEmpty()) {
            wire.reply(GimapReply.INVALID_CREDENTIALS, tag);
            return;
        }
        Credentials given = credentials.get();
        finish(tag, given.user(), backend.authenticate(given.user(), given.secret()), session);
    }

    private void bearer(String tag, ImapRequestLineReader request, Optional<String> initial, ImapSession session,
                        GimapReply errorChallenge, boolean xoauth2) throws ProtocolException {
        Optional<String> answer = response(request, initial);
        if (answer.isEmpty()) {
            wire.reply(GimapReply.AUTH_CANCELLED, tag);
            return;
        }
        Optional<Credentials> credentials = xoauth2 ? SaslDecoding.xoauth2(answer.get())
                : SaslDecoding.oauthBearer(answer.get());
        AuthResult result = credentials.map(c -> backend.authenticateBearer(c.user(), c.secret()))
                .orElse(AuthResult.BAD_CREDENTIALS);
        if (result == AuthResult.BAD_CREDENTIALS) {
            wire.reply(errorChallenge);
            readLine(request); // the client's empty answer to the error challenge, as on Gmail
        }
        finish(tag, credentials.map(Credentials::user).orElse(""), result, session);
    }

    /** The initial response, or the answer to an empty challenge; empty when the client cancelled with "*". */
    private Optional<String> response(ImapRequestLineReader request, Optional<String> initial)
            throws ProtocolException {
        if (initial.isPresent()) {
            return initial;
        }
        wire.reply(GimapReply.EMPTY_CHALLENGE);
        String line = readLine(request).strip();
        return line.equals("*") ? Optional.empty() : Optional.of(line);
    }

    /** Reads the next line; the reader stays on its line feed, as after a command. */
    private static String readLine(ImapRequestLineReader request) throws ProtocolException {
        request.consume(); // the line feed of the line before
        StringBuilder line = new StringBuilder();
        for (char c = request.nextChar(); c != '\n'; c = request.nextChar()) {
            request.consume();
            if (c != '\r') {
                line.append(c);
            }
            if (line.length() > SASL_LINE_LIMIT) {
                throw new ProtocolException("SASL response longer than " + SASL_LINE_LIMIT + " octets");
            }
        }
        return line.toString();
    }

    private void finish(String tag, String user, AuthResult result, ImapSession session) {
        switch (result) {
            case ACCEPTED -> {
                String address = backend.address(user).orElse(user);
                session.setAuthenticated(backend.store().owner(address));
                wire.reply(GimapReply.CAPABILITY_AFTER_LOGIN);
                wire.reply(GimapReply.LOGIN_OK, tag, address);
            }
            case APP_PASSWORD_REQUIRED -> wire.reply(GimapReply.APP_PASSWORD_REQUIRED, tag);
            case TOO_MANY_ATTEMPTS -> wire.reply(GimapReply.WEB_LOGIN_REQUIRED, tag);
            case TEMPORARY_FAILURE -> wire.reply(GimapReply.TEMPORARY_FAILURE, tag);
            default -> wire.reply(GimapReply.INVALID_CREDENTIALS, tag);
        }
    }
}
