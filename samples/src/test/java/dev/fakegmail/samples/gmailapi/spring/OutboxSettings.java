package dev.fakegmail.samples.gmailapi.spring;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox application reaches the Gmail API, under its own names {@code outbox.gmail.*}; in production only the
 * OAuth client and the refresh token are set, and the root URL and token URI are Google's.
 *
 * @param rootUrl      the Gmail API's root URL
 * @param tokenUri     Google's OAuth token endpoint
 * @param clientId     the OAuth client id
 * @param clientSecret the OAuth client secret
 * @param refreshToken the refresh token the user granted
 * @param user         the Gmail address the outbox sends as
 */
@ConfigurationProperties("outbox.gmail")
record OutboxSettings(@DefaultValue("https://gmail.googleapis.com/") String rootUrl,
                      @DefaultValue("https://oauth2.googleapis.com/token") URI tokenUri,
                      String clientId, String clientSecret, String refreshToken, String user) {

    @Override
    public String toString() {
        return "OutboxSettings[rootUrl=" + rootUrl + ", tokenUri=" + tokenUri + ", clientId=" + clientId
                + ", user=" + user + "]";
    }
}
