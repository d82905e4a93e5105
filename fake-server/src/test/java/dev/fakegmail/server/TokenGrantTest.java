package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** docs/google-oauth.md: the model's verdict on a refresh grant, without the HTTP side. */
class TokenGrantTest {
    private static final OAuthClient CLIENT = new OAuthClient("1-crm.apps.googleusercontent.com", "GOCSPX-crm");

    @Test
    void aLiveTokenIsGrantedAndAfterAResetItIsExpiredOrRevokedForTheSameKnownClient() {
        try (FakeGmailServer gmail = FakeGmailServer.builder().build()) {
            RefreshToken token = gmail.defaultAccount().mintRefreshToken(CLIENT);
            TokenGrant granted = gmail.grantToken(TokenRequest.refresh(CLIENT, token));
            assertThat(granted).isInstanceOfSatisfying(TokenGrant.Granted.class,
                    g -> assertThat(g.token().scope()).isEqualTo(AccessToken.MAIL_SCOPE));

            gmail.reset();

            assertThat(gmail.defaultAccount().refreshTokens()).isEmpty();
            assertThat(token.isRevoked()).isTrue();
            assertThat(gmail.grantToken(TokenRequest.refresh(CLIENT, token)))
                    .isEqualTo(new TokenGrant.Refused(400, "invalid_grant", "Token has been expired or revoked."));
            assertThat(gmail.oauthClient(CLIENT.clientId())).contains(CLIENT);
            assertThat(token.account()).isEqualTo(gmail.defaultAccount().address());
        }
    }

    @Test
    void aClientIdHasOneSecretAcrossTheServersAccounts() {
        try (FakeGmailServer gmail = FakeGmailServer.builder().build()) {
            gmail.defaultAccount().mintRefreshToken(CLIENT);
            GmailAccount bob = gmail.addAccount(AccountSettings.of("bob@gmail.com"));

            assertThatThrownBy(() -> bob.mintRefreshToken(new OAuthClient(CLIENT.clientId(), "GOCSPX-other")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("The OAuth client 1-crm.apps.googleusercontent.com is already known with"
                            + " another secret");
            assertThat(bob.refreshTokens()).isEmpty();
            assertThat(bob.mintRefreshToken(CLIENT).client()).isEqualTo(CLIENT);
        }
    }

    @Test
    void everyRequestIsAnActivityEventAtTheTokenDoorWithoutASecret() {
        try (FakeGmailServer gmail = FakeGmailServer.builder().build()) {
            RefreshToken token = gmail.defaultAccount().mintRefreshToken(CLIENT);
            gmail.grantToken(TokenRequest.refresh(CLIENT, token));
            gmail.grantToken(new TokenRequest("refresh_token", CLIENT.clientId(), "wrong", token.value()));
            gmail.grantToken(new TokenRequest("", "", "", ""));

            assertThat(gmail.activity()).extracting(ActivityEvent::door).containsOnly(ActivityEvent.Door.TOKEN);
            assertThat(gmail.activity()).extracting(ActivityEvent::kind).containsExactly(
                    ActivityEvent.Kind.LOGIN_ACCEPTED, ActivityEvent.Kind.LOGIN_REFUSED,
                    ActivityEvent.Kind.LOGIN_REFUSED);
            assertThat(gmail.activity()).extracting(e -> e.reply().orElseThrow()).containsExactly("200 OK",
                    "401 invalid_client Unauthorized", "400 unsupported_grant_type Invalid grant_type: ");
            assertThat(gmail.activity().get(2).mechanism()).contains("(no grant_type)");
            assertThat(gmail.activity().get(1).why()).contains("an unknown OAuth client id, or a wrong client secret");
            assertThat(gmail.activity().toString()).doesNotContain(token.value()).doesNotContain("GOCSPX-crm")
                    .doesNotContain("wrong");
            assertThat(TokenRequest.refresh(CLIENT, token).toString()).isEqualTo("TokenRequest[grantType=refresh_token,"
                    + " clientId=1-crm.apps.googleusercontent.com, clientSecret=(hidden), refreshToken=(hidden)]");
        }
    }
}
