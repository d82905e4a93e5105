package dev.fakegmail.server;

import java.util.Objects;

/**
 * What Google's token endpoint answers a {@link TokenRequest} (docs/google-oauth.md): a fresh access token, or a
 * refusal with Google's status, error code and description. Immutable.
 */
public sealed interface TokenGrant {

    /**
     * The request was granted.
     *
     * @param token the fresh access token of the account that owns the refresh token
     */
    record Granted(AccessToken token) implements TokenGrant {
        /** Checks for null. */
        public Granted {
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * The request was refused.
     *
     * @param status      the HTTP status, 400 or 401
     * @param error       Google's {@code error}, e.g. {@code invalid_grant}
     * @param description Google's {@code error_description}, e.g. {@code Token has been expired or revoked.}
     */
    record Refused(int status, String error, String description) implements TokenGrant {
        /** Checks for nulls. */
        public Refused {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(description, "description");
        }
    }
}
