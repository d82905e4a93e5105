package dev.fakegmail.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * An OAuth 2.0 refresh token of a Google Account, shaped like Google's ({@code 1//0…}), issued to one
 * {@link OAuthClient}. The fake's token endpoint ({@code POST /token}) exchanges it for an {@link AccessToken} while
 * it is not revoked; changing the account password revokes every refresh token with a Gmail scope, as Google does
 * (docs/google-oauth.md). {@link #toString()} never shows the value.
 */
public final class RefreshToken {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;
    private final OAuthClient client;
    private final String account;
    private final String scope;
    private final Instant issuedAt;
    private volatile boolean revoked;

    private RefreshToken(String value, OAuthClient client, String account, String scope, Instant issuedAt) {
        this.value = value;
        this.client = client;
        this.account = account;
        this.scope = scope;
        this.issuedAt = issuedAt;
    }

    static RefreshToken mint(OAuthClient client, String account, String scope, Instant now) {
        byte[] bytes = new byte[72];
        RANDOM.nextBytes(bytes);
        String value = "1//0" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new RefreshToken(value, Objects.requireNonNull(client, "client"), account,
                Objects.requireNonNull(scope, "scope"), now);
    }

    /** A live token with the same value, client, account and scope, issued {@code now}. */
    RefreshToken reissued(Instant now) {
        return new RefreshToken(value, client, account, scope, now);
    }

    /** The refresh token an application keeps. */
    public String value() {
        return value;
    }

    /** The client it was issued to; only that client may use it. */
    public OAuthClient client() {
        return client;
    }

    /** The address of the account that minted it. */
    public String account() {
        return account;
    }

    /** The scope of the access tokens it yields. */
    public String scope() {
        return scope;
    }

    /** When it was issued, on the server's clock. */
    public Instant issuedAt() {
        return issuedAt;
    }

    /** Whether it was revoked (by hand, by a password change or by a reset). */
    public boolean isRevoked() {
        return revoked;
    }

    /** Whether {@code presented} is this token's value (compared in constant time). */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether the scope includes Gmail (a password change revokes such tokens). */
    boolean hasGmailScope() {
        return scope.contains("https://mail.google.com/") || scope.contains("https://www.googleapis.com/auth/gmail");
    }

    void revoke() {
        revoked = true;
    }

    @Override
    public String toString() {
        return "RefreshToken[client=" + client.clientId() + ", scope=" + scope + ", issuedAt=" + issuedAt
                + (revoked ? ", revoked" : "") + "]";
    }
}
