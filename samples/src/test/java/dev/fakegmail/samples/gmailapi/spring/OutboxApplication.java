package dev.fakegmail.samples.gmailapi.spring;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.gmail.Gmail;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.UserCredentials;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A Spring application that sends through the Gmail API with Google's Java client, configured from
 * {@link OutboxSettings}: nothing in it knows about the fake.
 */
@Configuration
@EnableConfigurationProperties(OutboxSettings.class)
public class OutboxApplication {

    /** Google's Gmail client, refreshing its access token at the token URI with the configured refresh token. */
    @Bean
    Gmail gmail(OutboxSettings settings) {
        UserCredentials credentials = UserCredentials.newBuilder()
                .setClientId(settings.clientId()).setClientSecret(settings.clientSecret())
                .setRefreshToken(settings.refreshToken())
                .setTokenServerUri(settings.tokenUri())
                .build();
        return new Gmail.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                new HttpCredentialsAdapter(credentials))
                .setRootUrl(settings.rootUrl()).setApplicationName("outbox").build();
    }

    /** The application's one service. */
    @Bean
    Outbox outbox(Gmail gmail, OutboxSettings settings) {
        return new Outbox(gmail, settings.user());
    }
}
