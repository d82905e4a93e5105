package dev.fakegmail.server;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * An OAuth 2.0 access token of a Google Account, shaped like Google's ({@code ya29.…}). It authenticates
 * {@code AUTH XOAUTH2} and {@code AUTH OAUTHBEARER} while it has the mail scope, is not expired (one hour on
 * the server's clock) and is not revoked; changing the account password revokes every token.
 * {@link #toString()} never shows the value.
 */
public final class AccessToken {
    /** The scope Gmail's SMTP needs. */
    public static final String MAIL_SCOPE = "https://mail.google.com/";
    /** How long Google's access tokens live. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;
    private final String scope;
    private final Instant issuedAt;
    private volatile boolean revoked;

    private AccessToken(String value, String scope, Instant issuedAt) {
        this.value = value;
        this.scope = scope;
        this.issuedAt = issuedAt;
    }

    static AccessToken issue(String scope, Instant now) {
        byte[] bytes = new byte[96];
        RANDOM.nextBytes(bytes);
        String value = "ya29.a0" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new AccessToken(value, Objects.requireNonNull(scope, "scope"), now);
    }

    /** The bearer token a client sends. */
    public String value() {
        return value;
    }

    /** The OAuth scope it was granted for. */
    public String scope() {
        return scope;
    }

    /** When it was issued, on the server's clock. */
    public Instant issuedAt() {
        return issuedAt;
    }

    /** When it stops working: one hour after issue. */
    public Instant expiresAt() {
        return issuedAt.plus(LIFETIME);
    }

    /** Whether it was revoked (by hand or by a password change). */
    public boolean isRevoked() {
        return revoked;
    }

    /** Whether it authenticates SMTP at {@code now}: mail scope, not expired, not revoked. */
    public boolean isUsableAt(Instant now) {
        return !revoked && MAIL_SCOPE.equals(scope) && now.isBefore(expiresAt());
    }

    void revoke() {
        revoked = true;
    }

    boolean matches(String presented) {
        return java.security.MessageDigest.isEqual(value.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                presented.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "AccessToken[scope=" + scope + ", issuedAt=" + issuedAt + ", expiresAt=" + expiresAt()
                + (revoked ? ", revoked" : "") + "]";
    }
}
