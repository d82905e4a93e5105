package dev.fakegmail.server;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * An OAuth 2.0 client of Google's token endpoint: the client id and secret an application is configured with.
 * Immutable; {@link #toString()} hides the secret.
 *
 * @param clientId     the client id, e.g. {@code 1234-abc.apps.googleusercontent.com}; not blank
 * @param clientSecret the client secret, e.g. {@code GOCSPX-…}; not blank
 */
public record OAuthClient(String clientId, String clientSecret) {
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Checks both values.
     *
     * @throws IllegalArgumentException naming the blank value
     */
    public OAuthClient {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        if (clientId.isBlank() || clientSecret.isBlank()) {
            throw new IllegalArgumentException("An OAuth client needs a client id and a client secret, but the "
                    + (clientId.isBlank() ? "client id" : "client secret") + " is blank; use OAuthClient.random()"
                    + " or the values your application is configured with");
        }
    }

    /** A new client shaped like Google's: {@code <digits>-<letters>.apps.googleusercontent.com}, {@code GOCSPX-…}. */
    public static OAuthClient random() {
        return new OAuthClient(digits(12) + "-" + letters(32) + ".apps.googleusercontent.com", "GOCSPX-" + letters(28));
    }

    /** Whether {@code presented} is this client's secret (compared in constant time). */
    public boolean secretMatches(String presented) {
        return presented != null && java.security.MessageDigest.isEqual(
                clientSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                presented.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String digits(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append(RANDOM.nextInt(10));
        }
        return text.toString();
    }

    private static String letters(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, count)
                .replace('-', 'x').replace('_', 'y').toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return "OAuthClient[clientId=" + clientId + ", clientSecret=(hidden)]";
    }
}
