package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Gmail API profile without the HTTP side (this module's test class path has none: the profile's values with a
 * running HTTP side are tested in the samples), and {@link GmailAccount#reinstate(RefreshToken)}.
 */
class GmailApiProfileTest {
    private static final OAuthClient CLIENT = new OAuthClient("1-crm.apps.googleusercontent.com", "GOCSPX-crm");

    @Test
    void withoutTheHttpSideTheProfileNamesTheFix() {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).build().start()) {
            assertThatThrownBy(gmail::gmailApiProfile)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("The Gmail API profile of user@gmail.com needs the fake's HTTP side (its Gmail API door"
                            + " and /token), which this fake Gmail does not serve. Build it with"
                            + " FakeGmailServer.builder().http(true) (with @FakeGmail: @FakeGmail(http = true)), and"
                            + " add the test dependency dev.fakegmail:fake-gmail-http.");
            assertThat(gmail.defaultAccount().refreshTokens()).isEmpty();
        }
    }

    @Test
    void toStringShowsNeitherTheSecretNorTheRefreshToken() {
        GmailApiProfile profile = new GmailApiProfile("http://localhost:8025/", URI.create("http://localhost:8025/token"),
                "user@gmail.com", CLIENT, "1//0secret-token", List.of("https://mail.google.com/"));

        assertThat(profile).hasToString("GmailApiProfile[rootUrl=http://localhost:8025/, tokenUri="
                + "http://localhost:8025/token, address=user@gmail.com, clientId=1-crm.apps.googleusercontent.com, "
                + "clientSecret=(hidden), refreshToken=(hidden), scopes=[https://mail.google.com/]]");
        assertThat(profile.clientId()).isEqualTo(CLIENT.clientId());
        assertThat(profile.clientSecret()).isEqualTo("GOCSPX-crm");
        assertThat(profile.scope()).isEqualTo("https://mail.google.com/");
    }

    @Test
    void aProfileNeedsAScope() {
        assertThatThrownBy(() -> new GmailApiProfile("http://localhost:8025/", URI.create("http://localhost:8025/token"),
                "user@gmail.com", CLIENT, "1//0token", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A Gmail API profile needs a root URL, an address, a refresh token and at least one scope;"
                        + " make it with FakeGmailServer.gmailApiProfile(account, scopes...)");
    }

    @Test
    void aReinstatedTokenWorksAgainWithTheSameValueAfterAResetOrAPasswordChange() {
        try (FakeGmailServer gmail = FakeGmailServer.builder().build()) {
            RefreshToken token = gmail.defaultAccount().mintRefreshToken(CLIENT,
                    "https://www.googleapis.com/auth/gmail.send");
            gmail.reset();
            assertThat(gmail.grantToken(TokenRequest.refresh(CLIENT, token)))
                    .isEqualTo(new TokenGrant.Refused(400, "invalid_grant", "Token has been expired or revoked."));

            RefreshToken live = gmail.defaultAccount().reinstate(token);

            assertThat(live.value()).isEqualTo(token.value());
            assertThat(live.scope()).isEqualTo("https://www.googleapis.com/auth/gmail.send");
            assertThat(token.isRevoked()).isTrue();
            assertThat(gmail.defaultAccount().refreshTokens()).containsExactly(live);
            assertThat(gmail.grantToken(TokenRequest.refresh(CLIENT, token))).isInstanceOfSatisfying(
                    TokenGrant.Granted.class, granted -> assertThat(granted.token().scope())
                            .isEqualTo("https://www.googleapis.com/auth/gmail.send"));
            gmail.defaultAccount().changePassword("a new password 123");
            assertThat(live.isRevoked()).isTrue();
            assertThat(gmail.grantToken(TokenRequest.refresh(CLIENT, token))).isInstanceOf(TokenGrant.Refused.class);

            RefreshToken again = gmail.defaultAccount().reinstate(token);
            gmail.reset();
            assertThat(again.isRevoked()).isTrue();
            assertThat(gmail.grantToken(TokenRequest.refresh(CLIENT, token)))
                    .isEqualTo(new TokenGrant.Refused(400, "invalid_grant", "Token has been expired or revoked."));
        }
    }

    @Test
    void onlyTheAccountThatMintedATokenReinstatesIt() {
        try (FakeGmailServer gmail = FakeGmailServer.builder().account(AccountSettings.of("alice@gmail.com"))
                .account(AccountSettings.of("bob@gmail.com")).build()) {
            RefreshToken alices = gmail.account("alice@gmail.com").mintRefreshToken(CLIENT);

            assertThatThrownBy(() -> gmail.account("bob@gmail.com").reinstate(alices))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("That refresh token was not minted by account bob@gmail.com of this server; reinstate"
                            + " it on the account that minted it");
        }
    }
}
