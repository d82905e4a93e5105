package dev.fakegmail.http.internal.api;

import static dev.fakegmail.http.internal.api.HttpServerExtension.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakegmail.server.ActivityEvent;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.OAuthClient;
import dev.fakegmail.server.RefreshToken;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/google-oauth.md: {@code POST /token} answers like {@code https://oauth2.googleapis.com/token}. */
class TokenEndpointTest {
    @RegisterExtension
    static final HttpServerExtension GMAIL = new HttpServerExtension();

    private static final OAuthClient CLIENT = new OAuthClient("123-crm.apps.googleusercontent.com", "GOCSPX-crm");

    private final HttpApi api = GMAIL.api();
    private final FakeGmailServer server = GMAIL.server();

    @Test
    void exchangesARefreshTokenForAnAccessTokenThatSmtpAccepts() throws IOException {
        RefreshToken refresh = alice().mintRefreshToken(CLIENT);

        HttpApi.Answer answer = api.postForm("/token", form(CLIENT, refresh.value()));

        JsonNode token = answer.expect(200);
        assertThat(answer.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(token.fieldNames()).toIterable()
                .containsExactly("access_token", "expires_in", "scope", "token_type");
        assertThat(token.get("expires_in").asInt()).isEqualTo(3599);
        assertThat(token.get("scope").asText()).isEqualTo("https://mail.google.com/");
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(Smtp.loginWithToken(server, ALICE.address(), token.get("access_token").asText()))
                .isEqualTo("235 2.7.0 Accepted\r\n");
    }

    @Test
    void afterAPasswordChangeTheRefreshFailsWithInvalidGrant() {
        RefreshToken refresh = alice().mintRefreshToken(CLIENT);
        api.post("/api/accounts/alice@gmail.com/password", "{\"password\": \"Brand-New-3\"}").expect(200);

        HttpApi.Answer answer = api.postForm("/token", form(CLIENT, refresh.value()));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text()).isEqualTo("{\n  \"error\" : \"invalid_grant\",\n  \"error_description\" :"
                + " \"Token has been expired or revoked.\"\n}");
    }

    @Test
    void refusesUnknownTokensAndWrongClientsLikeGoogle() {
        RefreshToken refresh = alice().mintRefreshToken(CLIENT);

        assertError(api.postForm("/token", form(CLIENT, "1//0unknown")), 400, "invalid_grant", "Bad Request");
        assertError(api.postForm("/token", form(new OAuthClient(CLIENT.clientId(), "wrong"), refresh.value())), 401,
                "invalid_client", "Unauthorized");
        assertError(api.postForm("/token", form(new OAuthClient("nobody", "x"), refresh.value())), 401,
                "invalid_client", "The OAuth client was not found.");
        OAuthClient other = OAuthClient.random();
        alice().mintRefreshToken(other);
        assertError(api.postForm("/token", form(other, refresh.value())), 400, "unauthorized_client", "Unauthorized");
        assertError(api.postForm("/token", "grant_type=authorization_code&code=x"), 400, "unsupported_grant_type",
                "Invalid grant_type: authorization_code");
        assertError(api.postForm("/token", "grant_type=refresh_token"), 400, "invalid_request",
                "Could not determine client ID from request.");
        assertError(api.postForm("/token", "grant_type=refresh_token&client_id=" + enc(CLIENT.clientId())
                + "&client_secret=" + enc(CLIENT.clientSecret())), 400, "invalid_request",
                "Missing required parameter: refresh_token");
        assertError(api.get("/token"), 405, "invalid_request",
                "POST a form to /token, as to https://oauth2.googleapis.com/token");
    }

    @Test
    void aRevokedRefreshTokenIsInvalidGrantAndAnotherScopeSurvivesThePasswordChange() {
        RefreshToken revoked = alice().mintRefreshToken(CLIENT);
        RefreshToken calendar = alice().mintRefreshToken(CLIENT, "https://www.googleapis.com/auth/calendar");
        alice().revoke(revoked);
        alice().changePassword("Another-4");

        assertError(api.postForm("/token", form(CLIENT, revoked.value())), 400, "invalid_grant",
                "Token has been expired or revoked.");
        assertThat(api.postForm("/token", form(CLIENT, calendar.value())).expect(200).get("scope").asText())
                .isEqualTo("https://www.googleapis.com/auth/calendar");
    }

    @Test
    void afterAResetARefreshTokenThatExistedIsExpiredOrRevokedAndItsClientIsStillKnown() {
        RefreshToken before = alice().mintRefreshToken(CLIENT);
        api.post("/api/reset", "").expect(204);

        assertError(api.postForm("/token", form(CLIENT, before.value())), 400, "invalid_grant",
                "Token has been expired or revoked.");
        assertError(api.postForm("/token", form(CLIENT, "1//0neverMinted")), 400, "invalid_grant", "Bad Request");
        assertThat(server.oauthClient(CLIENT.clientId())).contains(CLIENT);
    }

    @Test
    void aKnownClientIdWithAnotherSecretCannotBeMintedForSoTokenNeverRefusesAMintedSecret() {
        RefreshToken first = alice().mintRefreshToken(CLIENT);

        assertThat(api.post("/api/accounts/alice@gmail.com/refresh-tokens", "{\"clientId\": \"" + CLIENT.clientId()
                + "\", \"clientSecret\": \"GOCSPX-other\"}").expect(409).get("message").asText())
                .isEqualTo("The OAuth client 123-crm.apps.googleusercontent.com is already known with another secret,"
                        + " and Google gives a client one secret, so /token would refuse this one; mint with the"
                        + " client as it was first given (or give only its client id to the control API), or use a"
                        + " new client id");
        JsonNode byId = api.post("/api/accounts/bob@gmail.com/refresh-tokens", "{\"clientId\": \""
                + CLIENT.clientId() + "\"}").expect(201);
        assertThat(byId.has("client_secret")).isFalse();

        assertThat(api.postForm("/token", form(CLIENT, byId.get("refresh_token").asText())).expect(200)
                .get("token_type").asText()).isEqualTo("Bearer");
        assertThat(api.postForm("/token", form(CLIENT, first.value())).status()).isEqualTo(200);
    }

    @Test
    void everyTokenRequestIsInTheActivityLogAtTheTokenDoorWithGooglesAnswer() {
        RefreshToken refresh = alice().mintRefreshToken(CLIENT);
        alice().revoke(refresh);
        api.postForm("/token", form(CLIENT, refresh.value())).expect(400);
        api.postForm("/token", "grant_type=password&client_id=x").expect(400);

        assertThat(server.activity()).extracting(ActivityEvent::describe).satisfiesExactly(
                first -> assertThat(first).matches("LOGIN_REFUSED TOKEN alice@gmail\\.com refresh_token 400"
                        + " invalid_grant Token has been expired or revoked\\. \\(session token-\\d+\\)"),
                second -> assertThat(second).matches("LOGIN_REFUSED TOKEN password 400 unsupported_grant_type"
                        + " Invalid grant_type: password \\(session token-\\d+\\)"));
        assertThat(server.activity().get(0).why()).contains("the refresh token was revoked (a password change, a"
                + " reset, by hand) or never minted; get a new one");
        JsonNode events = api.get("/api/activity").expect(200).get("events");
        assertThat(events.get(0).get("door").asText()).isEqualTo("TOKEN");
        assertThat(events.get(0).get("mechanism").asText()).isEqualTo("refresh_token");
        assertThat(events.get(0).get("reply").asText()).isEqualTo("400 invalid_grant Token has been expired or"
                + " revoked.");
        assertThat(api.get("/account").text()).contains("<td>alice@gmail.com</td><td class=\"reply\">400"
                + " invalid_grant Token has been expired or revoked.</td><td class=\"why\">the refresh token was revoked"
                + " (a password change, a reset, by hand) or never minted; get a new one, TOKEN refresh_token, session"
                + " token-");
    }

    private GmailAccount alice() {
        return server.account(ALICE.address());
    }

    private static void assertError(HttpApi.Answer answer, int status, String error, String description) {
        JsonNode body = answer.expect(status);
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("error_description").asText()).isEqualTo(description);
        assertThat(body.size()).isEqualTo(2);
    }

    private static String form(OAuthClient client, String refreshToken) {
        return "grant_type=refresh_token&client_id=" + enc(client.clientId()) + "&client_secret="
                + enc(client.clientSecret()) + "&refresh_token=" + enc(refreshToken);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
