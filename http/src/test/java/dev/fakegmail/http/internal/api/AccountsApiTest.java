package dev.fakegmail.http.internal.api;

import static dev.fakegmail.http.internal.api.HttpServerExtension.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakegmail.server.FakeGmailServer;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/http-api.md §2: {@code /api/accounts…} through a real HTTP client, each answer and each refusal. */
class AccountsApiTest {
    @RegisterExtension
    static final HttpServerExtension GMAIL = new HttpServerExtension();

    private final HttpApi api = GMAIL.api();

    @Test
    void listsTheAccountsWithoutAnySecret() {
        JsonNode body = api.get("/api/accounts").expect(200);

        assertThat(body.get("accounts")).hasSize(2);
        JsonNode alice = body.get("accounts").get(0);
        assertThat(alice.get("address").asText()).isEqualTo("alice@gmail.com");
        assertThat(alice.get("kind").asText()).isEqualTo("consumer");
        assertThat(alice.get("twoStepVerification").asBoolean()).isTrue();
        assertThat(alice.get("dailySendingLimit").asInt()).isEqualTo(500);
        assertThat(alice.get("appPasswords").get(0).get("name").asText()).isEqualTo("Mail");
        assertThat(body.toString()).doesNotContain(ALICE.compactAppPassword(), ALICE.password());
    }

    @Test
    void addsAWorkspaceAccountAndShowsItsSecretsOnce() throws IOException {
        JsonNode created = api.post("/api/accounts", "{\"address\": \"carol@example.com\", \"kind\": \"workspace\","
                + " \"password\": \"Carol-Secret-9\", \"dailySendingLimit\": 3}").expect(201);

        assertThat(created.get("kind").asText()).isEqualTo("workspace");
        assertThat(created.get("dailySendingLimit").asInt()).isEqualTo(3);
        assertThat(created.get("password").asText()).isEqualTo("Carol-Secret-9");
        String appPassword = created.get("appPassword").get("value").asText();
        assertThat(appPassword).matches("[a-z]{16}");
        assertThat(Smtp.login(GMAIL.server(), "carol@example.com", appPassword)).startsWith("235 2.7.0 Accepted");
        assertThat(api.get("/api/accounts/carol@example.com").expect(200).toString()).doesNotContain(appPassword);
    }

    @Test
    void addsAnAccountWithTwoStepVerificationOffAndNoAppPassword() {
        JsonNode created = api.post("/api/accounts", "{\"address\": \"dan@gmail.com\", \"twoStepVerification\": false}")
                .expect(201);

        assertThat(created.get("twoStepVerification").asBoolean()).isFalse();
        assertThat(created.has("appPassword")).isFalse();
        assertThat(created.get("appPasswords")).isEmpty();
    }

    @Test
    void refusesBadAccountsWith400AndAMessageNamingTheFix() {
        assertThat(api.post("/api/accounts", "{\"address\": \"alice@gmail.com\"}").expect(400).get("message").asText())
                .isEqualTo("An account with the address alice@gmail.com exists already (addresses are compared"
                        + " ignoring case); choose another address");
        assertThat(api.post("/api/accounts", "{\"address\": \"no-at-sign\"}").expect(400).get("message").asText())
                .contains("must contain exactly one '@'");
        assertThat(api.post("/api/accounts", "{\"address\": \"x@gmail.com\", \"kind\": \"school\"}").expect(400)
                .get("message").asText()).isEqualTo("\"kind\" must be \"consumer\" or \"workspace\", was \"school\"");
        assertThat(api.post("/api/accounts", "{\"address\": 7}").expect(400).get("message").asText())
                .isEqualTo("\"address\" must be a string, but was 7");
        assertThat(api.post("/api/accounts", "{}").expect(400).get("message").asText())
                .isEqualTo("The request body needs \"address\", a string, e.g. {\"address\": \"alice@gmail.com\"}");
        assertThat(api.post("/api/accounts", "{\"address\": ").expect(400).get("message").asText())
                .startsWith("The request body is not valid JSON (");
        assertThat(api.post("/api/accounts", "[1]").expect(400).get("message").asText())
                .isEqualTo("The request body must be a JSON object {...}, but was array");
        assertThat(api.post("/api/accounts", "{\"address\": \"y@gmail.com\", \"dailySendingLimit\": 0}").expect(400)
                .get("message").asText()).isEqualTo("The daily sending limit of account y@gmail.com must be at least 1,"
                        + " was 0");
    }

    @Test
    void unknownAccountsAre404NamingTheAccountsThereAre() {
        JsonNode error = api.get("/api/accounts/zoe@gmail.com").expect(404);

        assertThat(error.get("error").asText()).isEqualTo("not_found");
        assertThat(error.get("message").asText()).isEqualTo("No account 'zoe@gmail.com' on this fake Gmail; it has"
                + " [alice@gmail.com, bob@gmail.com]. Add it with POST /api/accounts {\"address\": \"zoe@gmail.com\"}");
        api.post("/api/accounts/zoe@gmail.com/password", "{\"password\": \"x\"}").expect(404);
    }

    @Test
    void changingThePasswordRevokesEveryAppPasswordAndToken() throws IOException {
        api.post("/api/accounts/alice@gmail.com/access-tokens", "{}").expect(201);

        JsonNode changed = api.post("/api/accounts/alice@gmail.com/password", "{\"password\": \"New-Horse-2\"}")
                .expect(200);

        assertThat(changed.get("revoked").get("appPasswords").asInt()).isEqualTo(1);
        assertThat(changed.get("revoked").get("accessTokens").asInt()).isEqualTo(1);
        assertThat(changed.get("appPasswords")).isEmpty();
        assertThat(Smtp.login(GMAIL.server(), ALICE.address(), ALICE.compactAppPassword()))
                .startsWith("535-5.7.8 Username and Password not accepted.");
        assertThat(api.post("/api/accounts/alice@gmail.com/password", "{\"password\": \"New-Horse-2\"}").expect(400)
                .get("message").asText()).contains("equals the current one; Google refuses to reuse it");
    }

    @Test
    void createsAnAppPasswordThatLogsInAndRevokesItByName() throws IOException {
        JsonNode created = api.post("/api/accounts/alice@gmail.com/app-passwords", "{\"name\": \"CRM\"}").expect(201);

        String value = created.get("value").asText();
        assertThat(created.get("formatted").asText()).isEqualTo(value.substring(0, 4) + " " + value.substring(4, 8)
                + " " + value.substring(8, 12) + " " + value.substring(12));
        assertThat(Smtp.login(GMAIL.server(), ALICE.address(), value)).startsWith("235 2.7.0 Accepted");

        api.delete("/api/accounts/alice@gmail.com/app-passwords/CRM").expect(204);

        assertThat(Smtp.login(GMAIL.server(), ALICE.address(), value)).startsWith("535-5.7.8");
        assertThat(api.delete("/api/accounts/alice@gmail.com/app-passwords/CRM").expect(404).get("message").asText())
                .isEqualTo("Account alice@gmail.com has no active app password named 'CRM'; it has [Mail]");
    }

    @Test
    void turningTwoStepVerificationOffRevokesAppPasswordsAndBlocksNewOnes() {
        JsonNode off = api.post("/api/accounts/alice@gmail.com/two-step-verification", "{\"enabled\": false}")
                .expect(200);

        assertThat(off.get("twoStepVerification").asBoolean()).isFalse();
        assertThat(off.get("appPasswords")).isEmpty();
        assertThat(api.post("/api/accounts/alice@gmail.com/app-passwords", "{}").expect(409).get("message").asText())
                .isEqualTo("Account alice@gmail.com has 2-Step Verification off, and app passwords exist only while"
                        + " it is on; POST {\"enabled\": true} to /api/accounts/alice@gmail.com/two-step-verification"
                        + " first");
        assertThat(api.post("/api/accounts/alice@gmail.com/two-step-verification", "{\"enabled\": \"no\"}")
                .expect(400).get("message").asText()).startsWith("Send {\"enabled\": false}");
    }

    @Test
    void issuesAnAccessTokenXoauth2AcceptsAndRevokesIt() throws IOException {
        JsonNode token = api.post("/api/accounts/alice@gmail.com/access-tokens", "").expect(201);

        String value = token.get("access_token").asText();
        assertThat(value).startsWith("ya29.");
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.get("expires_in").asLong()).isBetween(3590L, 3600L);
        FakeGmailServer server = GMAIL.server();
        assertThat(Smtp.loginWithToken(server, ALICE.address(), value)).isEqualTo("235 2.7.0 Accepted\r\n");

        api.post("/api/accounts/alice@gmail.com/access-tokens/revoke", "{\"token\": \"" + value + "\"}").expect(204);

        assertThat(Smtp.loginWithToken(server, ALICE.address(), value)).startsWith("535-5.7.8");
        api.post("/api/accounts/alice@gmail.com/access-tokens/revoke", "{\"token\": \"" + value + "\"}").expect(404);
    }

    @Test
    void mintsRefreshTokensForANewOrAGivenClient() {
        JsonNode minted = api.post("/api/accounts/alice@gmail.com/refresh-tokens", "{}").expect(201);

        assertThat(minted.get("refresh_token").asText()).startsWith("1//0");
        assertThat(minted.get("client_id").asText()).endsWith(".apps.googleusercontent.com");
        assertThat(minted.get("client_secret").asText()).startsWith("GOCSPX-");
        JsonNode given = api.post("/api/accounts/alice@gmail.com/refresh-tokens",
                "{\"clientId\": \"crm\", \"clientSecret\": \"s3cret\"}").expect(201);
        assertThat(given.get("client_id").asText()).isEqualTo("crm");
        JsonNode byId = api.post("/api/accounts/alice@gmail.com/refresh-tokens", "{\"clientId\": \"crm\"}")
                .expect(201);
        assertThat(byId.get("client_id").asText()).isEqualTo("crm");
        assertThat(byId.has("client_secret")).as("a secret only in the answer that creates it").isFalse();
        assertThat(api.post("/api/accounts/alice@gmail.com/refresh-tokens", "{\"clientId\": \"nobody\"}")
                .expect(400).get("message").asText()).isEqualTo("The OAuth client nobody is not known here yet; give"
                + " its \"clientSecret\" too the first time, or neither value for a new random client");
        assertThat(api.post("/api/accounts/alice@gmail.com/refresh-tokens", "{\"clientSecret\": \"x\"}")
                .expect(400).get("message").asText()).startsWith("\"clientSecret\" was given without \"clientId\"");
        assertThat(api.get("/api/accounts/alice@gmail.com").expect(200).get("refreshTokens").asInt()).isEqualTo(3);
    }
}
