package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.MessageRefusedException;
import java.util.Optional;

/**
 * A refusal of the Gmail API door, with every field of Google's JSON error envelope (docs/gmail-api.md §6). The
 * factories below are the one table of the door's error texts; each names its source in the docs.
 *
 * @param code            the HTTP status
 * @param message         {@code error.message}
 * @param itemMessage     {@code error.errors[0].message} (Google's older list often words it differently)
 * @param domain          {@code error.errors[0].domain}: {@code global} or {@code usageLimits}
 * @param reason          {@code error.errors[0].reason}, e.g. {@code insufficientPermissions}
 * @param status          {@code error.status}, e.g. {@code PERMISSION_DENIED}
 * @param location        {@code error.errors[0].location} ({@code Authorization} for the 401s), if any
 * @param errorInfo       the reason of the {@code google.rpc.ErrorInfo} in {@code error.details}, if any
 * @param wwwAuthenticate the {@code WWW-Authenticate} header of a 401 or 403, if any
 */
record GoogleError(int code, String message, String itemMessage, String domain, String reason, String status,
                   Optional<String> location, Optional<String> errorInfo, Optional<String> wwwAuthenticate) {

    private static final String REALM = "Bearer realm=\"https://accounts.google.com/\"";
    private static final String SEE = " Expected OAuth 2 access token, login cookie or other valid authentication"
            + " credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.";

    /** The exception that carries it to the door's renderer. */
    RefusedException refused() {
        return new RefusedException(this);
    }

    /** A plain refusal: no location, no details, no header. */
    static GoogleError of(int code, String message, String reason, String status) {
        return new GoogleError(code, message, message, "global", reason, status, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** 401, no {@code Authorization: Bearer} header. */
    static GoogleError credentialsMissing() {
        return new GoogleError(401, "Request is missing required authentication credential." + SEE, "Login Required.",
                "global", "required", "UNAUTHENTICATED", Optional.of("Authorization"),
                Optional.of("CREDENTIALS_MISSING"), Optional.of(REALM));
    }

    /** 401, a token that is unknown, revoked (a password change) or expired. */
    static GoogleError invalidCredentials(boolean expired) {
        return new GoogleError(401, "Request had invalid authentication credentials." + SEE, "Invalid Credentials",
                "global", "authError", "UNAUTHENTICATED", Optional.of("Authorization"),
                expired ? Optional.of("ACCESS_TOKEN_EXPIRED") : Optional.empty(),
                Optional.of(REALM + ", error=\"invalid_token\""));
    }

    /** 403, the token's scopes do not include one the method takes ({@code scopes}, space-separated). */
    static GoogleError insufficientScope(String scopes) {
        return new GoogleError(403, "Request had insufficient authentication scopes.", "Insufficient Permission",
                "global", "insufficientPermissions", "PERMISSION_DENIED", Optional.empty(),
                Optional.of("ACCESS_TOKEN_SCOPE_INSUFFICIENT"),
                Optional.of(REALM + ", error=\"insufficient_scope\", scope=\"" + scopes + "\""));
    }

    /** 403, a {@code userId} that is neither {@code me} nor the token's account. */
    static GoogleError delegationDenied(String userId) {
        return of(403, "Delegation denied for " + userId, "forbidden", "PERMISSION_DENIED");
    }

    /** 404, an id the mailbox does not hold. */
    static GoogleError notFound() {
        return of(404, "Requested entity was not found.", "notFound", "NOT_FOUND");
    }

    /** 400, a request Gmail cannot take: {@code message} is Gmail's sentence. */
    static GoogleError invalidArgument(String message) {
        return of(400, message, "invalidArgument", "INVALID_ARGUMENT");
    }

    /** 400, {@code users.history.list} without a {@code startHistoryId}, or one that is not a number. */
    static GoogleError startHistoryIdRequired() {
        return invalidArgument("Missing/invalid parameter: startHistoryId");
    }

    /** 400, {@code users.messages.send} without {@code raw} and without an upload. */
    static GoogleError rawRequired() {
        return invalidArgument("'raw' RFC822 payload message string or uploading message via /upload/* URL required");
    }

    /** 400, {@code users.drafts.create} or {@code update} without {@code message.raw} and without an upload. */
    static GoogleError missingDraftMessage() {
        return invalidArgument("Missing draft message");
    }

    /** 400, {@code users.drafts.send} without the {@code id} of the draft to send. */
    static GoogleError missingDraftId() {
        return invalidArgument("Missing draft id: send {\"id\": \"<the draft's id>\"}, as drafts.create or"
                + " drafts.list answered it");
    }

    /** 403, the fake's bound on an account's drafts (chosen: Gmail has no such small bound). */
    static GoogleError tooManyDrafts(int max) {
        return of(403, "This fake keeps at most " + max + " drafts per account; send or delete one (drafts.send,"
                + " drafts.delete) first", "quotaExceeded", "RESOURCE_EXHAUSTED");
    }

    /** 403, the fake's bound on the bytes of a server's drafts (chosen). */
    static GoogleError draftsTooLarge(long max) {
        return of(403, "This fake keeps at most " + max + " bytes of drafts; send or delete some (drafts.send,"
                + " drafts.delete) first", "quotaExceeded", "RESOURCE_EXHAUSTED");
    }

    /** Gmail's refusal of a message the core would not send or keep ({@link FakeGmailServer#sendAs}). */
    static GoogleError refusal(MessageRefusedException e) {
        return switch (e.reason()) {
            case DAILY_LIMIT -> sendingLimit();
            case TOO_LARGE -> invalidArgument("Request payload size exceeds the limit: " + (35 << 20) + " bytes.");
            case NO_RECIPIENT, INVALID_RECIPIENT -> invalidArgument(e.getMessage());
        };
    }

    /** 429, the account's daily sending limit. */
    static GoogleError sendingLimit() {
        return new GoogleError(429, "User-rate limit exceeded.", "User-rate limit exceeded.", "usageLimits",
                "rateLimitExceeded", "RESOURCE_EXHAUSTED", Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** 429, a planned {@code RATE_LIMIT_EXCEEDED} fault: Google's per-user rate limit, retry at {@code when}. */
    static GoogleError rateLimitExceeded(String when) {
        String message = "User-rate limit exceeded.  Retry after " + when;
        return new GoogleError(429, message, message, "usageLimits", "rateLimitExceeded", "RESOURCE_EXHAUSTED",
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** 500, a planned {@code BACKEND_ERROR} fault. */
    static GoogleError backendError() {
        return of(500, "Backend Error", "backendError", "INTERNAL");
    }

    /** 503, a planned {@code SERVICE_UNAVAILABLE} fault. */
    static GoogleError serviceUnavailable() {
        return of(503, "The service is currently unavailable.", "backendError", "UNAVAILABLE");
    }
}
