package dev.fakegmail.samples.oauth;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.OAuthClient;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.RefreshToken;
import java.time.Clock;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mailer refreshes its token over HTTP exactly as in production; the only difference is the one property that
 * points {@link GoogleTokenEndpoint} at the fake's {@code POST /token}.
 */
class GoogleTokenRefreshTest {
    private final OAuthClient client = OAuthClient.random();
    private FakeGmailServer gmail;
    private GmailAccount account;
    private Properties settings;

    @BeforeEach
    void startGmail() {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).http(true).build().start();
        account = gmail.defaultAccount();
        RefreshToken refreshToken = account.mintRefreshToken(client);     // what the consent screen gave the app
        settings = new Properties();
        settings.setProperty(GoogleTokenEndpoint.TOKEN_URI, gmail.httpUri().resolve("token").toString());
        settings.setProperty("google.oauth.client-id", client.clientId());
        settings.setProperty("google.oauth.client-secret", client.clientSecret());
        settings.setProperty("google.oauth.refresh-token", refreshToken.value());
    }

    @AfterEach
    void stopGmail() {
        gmail.close();
    }

    @Test
    void sendsWithATokenRefreshedOverHttp() throws Exception {
        mailer().send("bob@example.com", "Morning report", "All green.");

        assertThat(gmail).hasReceived(1);
        assertThat(gmail.receivedMessages()).extracting(ReceivedMessage::authMechanism).containsExactly("XOAUTH2");
    }

    @Test
    void afterThePasswordChangeTheRefreshFailsWithInvalidGrantAndTheAppSaysSo() throws Exception {
        OAuthMailer mailer = mailer();
        mailer.send("bob@example.com", "Morning report", "All green.");

        account.changePassword("a-brand-new-password");

        assertThatThrownBy(() -> mailer.send("bob@example.com", "Noon report", "Still green."))
                .isInstanceOfSatisfying(TokenRefreshException.class, refused -> {
                    assertThat(refused.error()).isEqualTo("invalid_grant");
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.needsNewConsent()).isTrue();
                })
                .hasMessage("Google refused to refresh the access token (HTTP 400, invalid_grant: Token has been"
                        + " expired or revoked.). The refresh token no longer works (revoked, or the Google Account"
                        + " password was changed): ask the user to connect the Gmail account again.");
        assertThat(gmail).hasReceived(1);
    }

    @Test
    void aWrongClientSecretIsInvalidClient() {
        settings.setProperty("google.oauth.client-secret", "GOCSPX-not-the-secret");

        assertThatThrownBy(() -> mailer().send("bob@example.com", "Report", "x"))
                .isInstanceOfSatisfying(TokenRefreshException.class,
                        refused -> assertThat(refused.error()).isEqualTo("invalid_client"))
                .hasMessageContaining("(HTTP 401, invalid_client: Unauthorized)");
    }

    private OAuthMailer mailer() {
        return new OAuthMailer(gmail.profile(account).javaMailProperties(), account.address(),
                GoogleTokenEndpoint.fromProperties(settings, Clock.systemUTC()), Clock.systemUTC());
    }
}
