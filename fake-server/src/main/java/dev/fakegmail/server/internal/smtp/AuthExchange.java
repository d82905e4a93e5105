package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.Stage;
import dev.fakegmail.server.internal.auth.AuthResult;
import dev.fakegmail.server.internal.auth.SaslDecoding;
import dev.fakegmail.server.internal.auth.SaslDecoding.Credentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One AUTH command with its challenges and responses (docs/gmail-smtp.md §4). Sends every reply itself and says who,
 * if anyone, is now authenticated. Never keeps or logs a secret beyond the call.
 */
final class AuthExchange {
    private static final java.util.Set<String> KNOWN =
            java.util.Set.of("PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER", "PLAIN-CLIENTTOKEN", "XOAUTH");

    private final Conversation conversation;
    private final SmtpBackend backend;
    private final int lineLimit;
    private String mechanism = "(none)";
    private Optional<String> user = Optional.empty();

    AuthExchange(Conversation conversation, SmtpBackend backend, int lineLimit) {
        this.conversation = conversation;
        this.backend = backend;
        this.lineLimit = lineLimit;
    }

    /** The mechanism named by the client when it is one Gmail lists (others show as {@code (unsupported)}). */
    String mechanism() {
        return mechanism;
    }

    /** The username the client gave, once decoded (never the secret). */
    Optional<String> user() {
        return user;
    }

    /** Who authenticated and how. */
    record Identity(String user, String mechanism) {
    }

    /** A client response, or the reason there is none. */
    private record Response(String text, GmailReply failure) {
        static Response of(String text) {
            return new Response(text, null);
        }

        static Response failed(GmailReply failure) {
            return new Response(null, failure);
        }
    }

    /** Runs the exchange for the AUTH command's arguments (mechanism and optional initial response). */
    Optional<Identity> run(String arguments) throws IOException {
        String trimmed = Text.trimSpaces(arguments);
        if (trimmed.isEmpty()) {
            conversation.reply(GmailReply.SYNTAX_PARAMETERS);
            return Optional.empty();
        }
        int space = trimmed.indexOf(' ');
        String mechanism = (space < 0 ? trimmed : trimmed.substring(0, space)).toUpperCase(Locale.ROOT);
        this.mechanism = KNOWN.contains(mechanism) ? mechanism : "(unsupported)";
        String initial = space < 0 ? null : Text.trimSpaces(trimmed.substring(space + 1));
        return switch (mechanism) {
            case "PLAIN" -> password(mechanism, initial, SaslDecoding::plain);
            case "LOGIN" -> login(initial);
            case "XOAUTH2" -> bearer(mechanism, initial, SaslDecoding::xoauth2, GmailReply.XOAUTH2_ERROR_CHALLENGE);
            case "OAUTHBEARER" ->
                    bearer(mechanism, initial, SaslDecoding::oauthBearer, GmailReply.OAUTHBEARER_ERROR_CHALLENGE);
            case "PLAIN-CLIENTTOKEN" -> clientToken(initial);
            case "XOAUTH" -> fail(GmailReply.XOAUTH_UNSUPPORTED);
            default -> fail(GmailReply.UNRECOGNIZED_AUTH_TYPE);
        };
    }

    private Optional<Identity> password(String mechanism, String initial,
                                        Function<String, Optional<Credentials>> decoder) throws IOException {
        Response response = initial != null ? Response.of(initial) : challenge(GmailReply.EMPTY_CHALLENGE);
        if (response.failure() != null) {
            return fail(response.failure());
        }
        Optional<Credentials> credentials = decoder.apply(response.text());
        if (credentials.isEmpty()) {
            return fail(GmailReply.CANNOT_DECODE);
        }
        return check(mechanism, credentials.get(), backend::authenticate);
    }

    private Optional<Identity> login(String initial) throws IOException {
        Response user = initial != null ? Response.of(initial) : challenge(GmailReply.LOGIN_USERNAME);
        if (user.failure() != null) {
            return fail(user.failure());
        }
        Optional<String> name = SaslDecoding.base64Text(user.text());
        if (name.isEmpty()) {
            return fail(GmailReply.CANNOT_DECODE);
        }
        Response password = challenge(GmailReply.LOGIN_PASSWORD);
        if (password.failure() != null) {
            return fail(password.failure());
        }
        Optional<String> secret = SaslDecoding.base64Text(password.text());
        if (secret.isEmpty()) {
            return fail(GmailReply.CANNOT_DECODE);
        }
        return check("LOGIN", new Credentials(name.get(), secret.get()), backend::authenticate);
    }

    private Optional<Identity> bearer(String mechanism, String initial, Function<String, Optional<Credentials>> decoder,
                                      GmailReply errorChallenge) throws IOException {
        Response response = initial != null ? Response.of(initial) : challenge(GmailReply.EMPTY_CHALLENGE);
        if (response.failure() != null) {
            return fail(response.failure());
        }
        if (SaslDecoding.base64(response.text()).isEmpty()) {
            return fail(GmailReply.CANNOT_DECODE);
        }
        Optional<Credentials> credentials = decoder.apply(response.text());
        user = credentials.map(Credentials::user);
        if (struck(credentials)) {
            return Optional.empty();
        }
        AuthResult result = credentials.map(c -> backend.authenticateBearer(c.user(), c.secret()))
                .orElse(AuthResult.BAD_CREDENTIALS);
        if (result == AuthResult.ACCEPTED) {
            conversation.reply(GmailReply.AUTH_ACCEPTED);
            return Optional.of(new Identity(credentials.get().user(), mechanism));
        }
        if (result != AuthResult.BAD_CREDENTIALS) {
            return fail(failureReply(result));
        }
        Response answer = challenge(errorChallenge);
        return fail(answer.failure() == GmailReply.AUTH_LINE_TOO_LONG ? answer.failure() : GmailReply.BAD_CREDENTIALS);
    }

    private Optional<Identity> clientToken(String initial) throws IOException {
        Response response = initial != null ? Response.of(initial) : challenge(GmailReply.EMPTY_CHALLENGE);
        return fail(response.failure() != null ? response.failure() : GmailReply.BAD_CREDENTIALS);
    }

    private Optional<Identity> check(String mechanism, Credentials credentials,
                                     BiFunction<String, String, AuthResult> authenticator)
            throws IOException {
        user = Optional.of(credentials.user());
        if (struck(Optional.of(credentials))) {
            return Optional.empty();
        }
        if (credentials.user().isEmpty() || credentials.secret().isEmpty()) {
            return fail(GmailReply.BAD_CREDENTIALS);
        }
        AuthResult result = authenticator.apply(credentials.user(), credentials.secret());
        if (result != AuthResult.ACCEPTED) {
            return fail(failureReply(result));
        }
        conversation.reply(GmailReply.AUTH_ACCEPTED);
        return Optional.of(new Identity(credentials.user(), mechanism));
    }

    /** {@link Stage#AUTH} strikes here, once the username is decoded (so a rule for one account can match). */
    private boolean struck(Optional<Credentials> credentials) throws IOException {
        return conversation.strike(Stage.AUTH, credentials.map(Credentials::user));
    }

    private Response challenge(GmailReply challenge) throws IOException {
        conversation.reply(challenge);
        SmtpInput.Line line = conversation.readLine(lineLimit);
        if (line.tooLong()) {
            return Response.failed(GmailReply.AUTH_LINE_TOO_LONG);
        }
        String text = Text.trimSpaces(new String(line.bytes(), StandardCharsets.ISO_8859_1));
        return text.equals("*") ? Response.failed(GmailReply.AUTH_ABORTED) : Response.of(text);
    }

    private Optional<Identity> fail(GmailReply reply) throws IOException {
        conversation.reply(reply);
        return Optional.empty();
    }

    private static GmailReply failureReply(AuthResult result) {
        return switch (result) {
            case APP_PASSWORD_REQUIRED -> GmailReply.APP_PASSWORD_REQUIRED;
            case TOO_MANY_ATTEMPTS -> GmailReply.TOO_MANY_LOGIN_ATTEMPTS;
            case TEMPORARY_FAILURE -> GmailReply.AUTH_TEMPORARY_FAILURE;
            default -> GmailReply.BAD_CREDENTIALS;
        };
    }
}
