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
import java.util.Set;

/**
 * LOGIN and AUTHENTICATE against the server's Google Accounts (docs/gmail-imap.md §3): the same checks, lockout
 * and access tokens as SMTP AUTH, with Gmail's IMAP replies. On success the GreenMail session is logged in as the
 * account's mailbox owner. Every attempt that gets an answer is reported to the activity log (the command and
 * mechanism, the username given, Gmail's reply). Secrets are never kept or logged beyond the call.
 */
final class GimapLogin {
    /** The longest SASL response line (the same as SMTP's AUTH line limit). */
    private static final int SASL_LINE_LIMIT = 12_288;
    private static final Set<String> KNOWN_MECHANISMS = Set.of("PLAIN", "XOAUTH2", "OAUTHBEARER",
            "PLAIN-CLIENTTOKEN", "XOAUTH");

    private final ImapBackend backend;
    private final ImapWire wire;
    private final String sessionId;
    private boolean signedIn;

    GimapLogin(ImapBackend backend, ImapWire wire, String sessionId) {
        this.backend = backend;
        this.wire = wire;
        this.sessionId = sessionId;
    }

    /** Whether a login succeeded (the session then {@linkplain ImapBackend#follow() follows} the mailboxes). */
    boolean signedIn() {
        return signedIn;
    }

    /** {@code LOGIN user password}. */
    void login(String tag, ImapRequestLineReader request, CommandParser parser, ImapSession session)
            throws ProtocolException {
        String user = parser.astring(request);
        String password = parser.astring(request);
        parser.endLine(request);
        finish(tag, "LOGIN", user, backend.authenticate(user, password), session);
    }

    /** {@code AUTHENTICATE mechanism [initial-response]} with its challenges. */
    void authenticate(String tag, ImapRequestLineReader request, CommandParser parser, ImapSession session)
            throws ProtocolException {
        String mechanism = parser.atom(request).toUpperCase(Locale.ROOT);
        Optional<String> initial = request.nextChar() == ' ' ? Optional.of(parser.astring(request)) : Optional.empty();
        parser.endLine(request);
        String command = "AUTHENTICATE " + (KNOWN_MECHANISMS.contains(mechanism) ? mechanism : "(unsupported)");
        switch (mechanism) {
            case "PLAIN" -> password(tag, command, request, initial, session);
            case "XOAUTH2" -> bearer(tag, command, request, initial, session,
                    GimapReply.XOAUTH2_ERROR_CHALLENGE, true);
            case "OAUTHBEARER" -> bearer(tag, command, request, initial, session,
                    GimapReply.OAUTHBEARER_ERROR_CHALLENGE, false);
            case "PLAIN-CLIENTTOKEN", "XOAUTH" -> {
                Optional<String> answer = response(request, initial);
                refuse(tag, command, Optional.empty(),
                        answer.isPresent() ? GimapReply.INVALID_CREDENTIALS : GimapReply.AUTH_CANCELLED);
            }
            default -> refuse(tag, command, Optional.empty(), GimapReply.UNKNOWN_MECHANISM);
        }
    }

    private void password(String tag, String command, ImapRequestLineReader request, Optional<String> initial,
                          ImapSession session) throws ProtocolException {
        Optional<String> answer = response(request, initial);
        if (answer.isEmpty()) {
            refuse(tag, command, Optional.empty(), GimapReply.AUTH_CANCELLED);
            return;
        }
        Optional<Credentials> credentials = SaslDecoding.plain(answer.get());
        if (credentials.isEmpty()) {
            refuse(tag, command, Optional.empty(), GimapReply.INVALID_CREDENTIALS);
            return;
        }
        Credentials given = credentials.get();
        finish(tag, command, given.user(), backend.authenticate(given.user(), given.secret()), session);
    }

    private void bearer(String tag, String command, ImapRequestLineReader request, Optional<String> initial,
                        ImapSession session, GimapReply errorChallenge, boolean xoauth2) throws ProtocolException {
        Optional<String> answer = response(request, initial);
        if (answer.isEmpty()) {
            refuse(tag, command, Optional.empty(), GimapReply.AUTH_CANCELLED);
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
        finish(tag, command, credentials.map(Credentials::user).orElse(""), result, session);
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

    private void finish(String tag, String command, String user, AuthResult result, ImapSession session) {
        Optional<String> given = user.isEmpty() ? Optional.empty() : Optional.of(user);
        switch (result) {
            case ACCEPTED -> {
                String address = backend.address(user).orElse(user);
                session.setAuthenticated(backend.store().owner(address));
                signedIn = true;
                backend.follow();
                backend.signIn(sessionId, command, given, untagged(GimapReply.LOGIN_OK, tag, address), true);
                wire.reply(GimapReply.CAPABILITY_AFTER_LOGIN);
                wire.reply(GimapReply.LOGIN_OK, tag, address);
            }
            case APP_PASSWORD_REQUIRED -> refuse(tag, command, given, GimapReply.APP_PASSWORD_REQUIRED);
            case TOO_MANY_ATTEMPTS -> refuse(tag, command, given, GimapReply.WEB_LOGIN_REQUIRED);
            case TEMPORARY_FAILURE -> refuse(tag, command, given, GimapReply.TEMPORARY_FAILURE);
            default -> refuse(tag, command, given, GimapReply.INVALID_CREDENTIALS);
        }
    }

    /** Logs first, so that a client that has read the reply finds the event in the log. */
    private void refuse(String tag, String command, Optional<String> user, GimapReply reply) {
        backend.signIn(sessionId, command, user, untagged(reply, tag), false);
        wire.reply(reply, tag);
    }

    /** The tagged reply as the log shows it: without the client's tag. */
    private static String untagged(GimapReply reply, String tag, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = tag;
        System.arraycopy(more, 0, arguments, 1, more.length);
        return reply.line(arguments).substring(tag.length() + 1);
    }
}
