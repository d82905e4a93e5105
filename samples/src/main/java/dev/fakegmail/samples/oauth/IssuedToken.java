package dev.fakegmail.samples.oauth;

import java.time.Instant;
import java.util.Objects;

/**
 * An OAuth 2.0 access token as a token endpoint returns it. {@link #toString()} never shows the value.
 *
 * @param value     the bearer token
 * @param expiresAt when it stops working (Google's tokens live one hour)
 */
public record IssuedToken(String value, Instant expiresAt) {

    /** Checks for nulls. */
    public IssuedToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "IssuedToken[value=(hidden), expiresAt=" + expiresAt + "]";
    }
}
