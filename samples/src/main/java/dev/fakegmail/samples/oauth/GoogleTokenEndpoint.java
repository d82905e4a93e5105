package dev.fakegmail.samples.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * The production {@link TokenEndpoint}: exchanges the application's refresh token for an access token at Google's
 * token endpoint ({@code grant_type=refresh_token}). Configured from properties; a test points it at the fake Gmail
 * by setting only {@value #TOKEN_URI}.
 *
 * <pre>{@code
 * google.oauth.token-uri=https://oauth2.googleapis.com/token   # the default
 * google.oauth.client-id=1234-abc.apps.googleusercontent.com
 * google.oauth.client-secret=GOCSPX-...
 * google.oauth.refresh-token=1//0...
 * }</pre>
 */
public final class GoogleTokenEndpoint implements TokenEndpoint {
    /** The property naming the token endpoint. */
    public static final String TOKEN_URI = "google.oauth.token-uri";
    /** Google's token endpoint. */
    public static final String GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI tokenUri;
    private final String clientId;
    private final String clientSecret;
    private final String refreshToken;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private GoogleTokenEndpoint(URI tokenUri, String clientId, String clientSecret, String refreshToken, Clock clock) {
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
        this.clock = clock;
    }

    /**
     * An endpoint configured by {@code google.oauth.*} properties.
     *
     * @throws IllegalArgumentException naming a missing property
     */
    public static GoogleTokenEndpoint fromProperties(Properties properties, Clock clock) {
        return new GoogleTokenEndpoint(URI.create(properties.getProperty(TOKEN_URI, GOOGLE_TOKEN_URI)),
                required(properties, "google.oauth.client-id"), required(properties, "google.oauth.client-secret"),
                required(properties, "google.oauth.refresh-token"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Asks the token endpoint for a new access token.
     *
     * @throws TokenRefreshException when the endpoint refuses (e.g. {@code invalid_grant})
     * @throws UncheckedIOException  when it cannot be reached
     */
    @Override
    public IssuedToken issue() {
        String form = "grant_type=refresh_token&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret) + "&refresh_token=" + encode(refreshToken);
        HttpRequest request = HttpRequest.newBuilder(tokenUri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() != 200) {
                throw new TokenRefreshException(response.statusCode(), body.path("error").asText("unknown"),
                        body.path("error_description").asText(""));
            }
            return new IssuedToken(body.path("access_token").asText(),
                    clock.instant().plusSeconds(body.path("expires_in").asLong()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach the token endpoint " + tokenUri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while refreshing the access token", e);
        }
    }

    private static String required(Properties properties, String name) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The property " + name + " is missing; set it to your OAuth client's"
                    + " value (see GoogleTokenEndpoint)");
        }
        return value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "GoogleTokenEndpoint[" + tokenUri + ", client " + clientId + "]";
    }
}
