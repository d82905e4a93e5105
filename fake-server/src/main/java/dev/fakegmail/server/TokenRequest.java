package dev.fakegmail.server;

import java.util.Objects;

/**
 * One request to Google's token endpoint, as the fake's {@code POST /token} received it (docs/google-oauth.md): each
 * value as sent, empty when it was missing. {@link #toString()} shows neither the client secret nor the refresh token.
 *
 * @param grantType    {@code grant_type}; only {@code refresh_token} is served
 * @param clientId     the client id (form field or HTTP Basic)
 * @param clientSecret the client secret (form field or HTTP Basic)
 * @param refreshToken {@code refresh_token}
 */
public record TokenRequest(String grantType, String clientId, String clientSecret, String refreshToken) {

    /** Checks for nulls. */
    public TokenRequest {
        Objects.requireNonNull(grantType, "grantType");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }

    /** A refresh grant of {@code client} for {@code token}. */
    public static TokenRequest refresh(OAuthClient client, RefreshToken token) {
        return new TokenRequest("refresh_token", client.clientId(), client.clientSecret(), token.value());
    }

    @Override
    public String toString() {
        return "TokenRequest[grantType=" + grantType + ", clientId=" + clientId + ", clientSecret=(hidden)"
                + ", refreshToken=(hidden)]";
    }
}
