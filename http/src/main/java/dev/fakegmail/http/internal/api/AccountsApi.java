package dev.fakegmail.http.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.http.internal.kernel.Route;
import dev.fakegmail.server.AccessToken;
import dev.fakegmail.server.AccountKind;
import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.AppPassword;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.OAuthClient;
import dev.fakegmail.server.PasswordChange;
import dev.fakegmail.server.RefreshToken;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /api/accounts…} (docs/http-api.md §2): the Google Accounts, their password, 2-Step Verification, app passwords
 * and tokens. A secret appears only in the response that creates it.
 */
final class AccountsApi {
    private final FakeGmailServer gmail;

    private AccountsApi(FakeGmailServer gmail) {
        this.gmail = gmail;
    }

    static List<Route> routes(FakeGmailServer gmail) {
        AccountsApi api = new AccountsApi(gmail);
        String one = "/api/accounts/{address}";
        return List.of(
                new Route("GET", "/api/accounts", api::list),
                new Route("POST", "/api/accounts", api::add),
                new Route("GET", one, call -> call.json(200, Views.account(api.account(call)))),
                new Route("POST", one + "/password", api::changePassword),
                new Route("POST", one + "/two-step-verification", api::twoStepVerification),
                new Route("POST", one + "/app-passwords", api::createAppPassword),
                new Route("DELETE", one + "/app-passwords/{name}", api::revokeAppPassword),
                new Route("POST", one + "/access-tokens", api::issueAccessToken),
                new Route("POST", one + "/access-tokens/revoke", api::revokeAccessToken),
                new Route("POST", one + "/refresh-tokens", api::mintRefreshToken),
                new Route("POST", one + "/gmail-api/expire-history", api::expireGmailApiHistory));
    }

    private void list(Exchange call) throws IOException {
        ArrayNode accounts = Json.array();
        gmail.accounts().forEach(account -> accounts.add(Views.account(account)));
        call.json(200, Json.object().set("accounts", accounts));
    }

    private void add(Exchange call) throws IOException {
        ObjectNode body = call.jsonBody();
        String address = Fields.requiredText(body, "address", "alice@gmail.com");
        AccountSettings settings = AccountSettings.of(address);
        Optional<String> password = Fields.text(body, "password");
        if (password.isPresent()) {
            settings = settings.withPassword(password.get());
        }
        String kind = Fields.text(body, "kind").orElse("consumer").toLowerCase(Locale.ROOT);
        settings = switch (kind) {
            case "consumer" -> settings;
            case "workspace" -> settings.withKind(AccountKind.WORKSPACE);
            default -> throw HttpError.badRequest("\"kind\" must be \"consumer\" or \"workspace\", was \"" + kind
                    + "\"");
        };
        if (!Fields.bool(body, "twoStepVerification", true)) {
            settings = settings.withTwoStepVerification(false);
        }
        Optional<Integer> limit = Fields.integer(body, "dailySendingLimit");
        if (limit.isPresent()) {
            settings = settings.withDailySendingLimit(limit.get());
        }
        Optional<String> appPassword = Fields.text(body, "appPassword");
        if (appPassword.isPresent()) {
            settings = settings.withAppPassword(appPassword.get());
        }
        GmailAccount account = gmail.addAccount(settings);
        ObjectNode view = Views.account(account).put("password", account.password());
        account.currentAppPassword().ifPresent(p -> view.set("appPassword", Views.newAppPassword(p)));
        call.header("Location", "/api/accounts/" + account.address());
        call.json(201, view);
    }

    private void changePassword(Exchange call) throws IOException {
        GmailAccount account = account(call);
        String password = Fields.requiredText(call.jsonBody(), "password", "a-new-password");
        PasswordChange change = account.changePassword(password);
        ObjectNode revoked = Json.object().put("appPasswords", change.appPasswords().size())
                .put("accessTokens", change.accessTokens().size())
                .put("refreshTokens", change.refreshTokens().size());
        call.json(200, Views.account(account).set("revoked", revoked));
    }

    private void twoStepVerification(Exchange call) throws IOException {
        GmailAccount account = account(call);
        JsonNode enabled = call.jsonBody().get("enabled");
        if (enabled == null || !enabled.isBoolean()) {
            throw HttpError.badRequest("Send {\"enabled\": false} to turn 2-Step Verification off (it revokes"
                    + " every app password) or {\"enabled\": true} to turn it on");
        }
        if (enabled.booleanValue()) {
            account.turnOnTwoStepVerification();
        } else {
            account.turnOffTwoStepVerification();
        }
        call.json(200, Views.account(account));
    }

    private void createAppPassword(Exchange call) throws IOException {
        GmailAccount account = account(call);
        String name = Fields.text(call.jsonBody(), "name").orElse("Mail");
        if (!account.isTwoStepVerificationOn()) {
            throw HttpError.conflict("Account " + account.address() + " has 2-Step Verification off, and app"
                    + " passwords exist only while it is on; POST {\"enabled\": true} to /api/accounts/"
                    + account.address() + "/two-step-verification first");
        }
        call.json(201, Views.newAppPassword(account.createAppPassword(name)));
    }

    private void revokeAppPassword(Exchange call) throws IOException {
        GmailAccount account = account(call);
        String name = call.path(1);
        AppPassword appPassword = account.appPasswords().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> HttpError.notFound("Account " + account.address()
                        + " has no active app password named '" + name + "'; it has " + account.appPasswords().stream()
                        .map(AppPassword::name).toList()));
        account.revoke(appPassword);
        call.noContent();
    }

    private void issueAccessToken(Exchange call) throws IOException {
        GmailAccount account = account(call);
        String scope = Fields.text(call.jsonBody(), "scope").orElse(AccessToken.MAIL_SCOPE);
        call.json(201, Views.accessToken(account.issueAccessToken(scope), account.address(), gmail.clock()));
    }

    private void revokeAccessToken(Exchange call) throws IOException {
        GmailAccount account = account(call);
        String value = Fields.requiredText(call.jsonBody(), "token", "ya29.…");
        AccessToken token = account.accessTokens().stream().filter(t -> t.value().equals(value)).findFirst()
                .orElseThrow(() -> HttpError.notFound("Account " + account.address()
                        + " has no unrevoked access token with that value; issue one with POST /api/accounts/"
                        + account.address() + "/access-tokens"));
        account.revoke(token);
        call.noContent();
    }

    /** The Gmail API's next history.list with an older startHistoryId answers Google's 404 (docs/gmail-api.md §4). */
    private void expireGmailApiHistory(Exchange call) throws IOException {
        account(call).expireGmailApiHistory();
        call.noContent();
    }

    private void mintRefreshToken(Exchange call) throws IOException {
        GmailAccount account = account(call);
        ObjectNode body = call.jsonBody();
        Optional<String> clientId = Fields.text(body, "clientId");
        Optional<String> clientSecret = Fields.text(body, "clientSecret");
        OAuthClient client = client(clientId, clientSecret);
        RefreshToken token;
        try {
            token = account.mintRefreshToken(client, scope(body));
        } catch (IllegalArgumentException anotherSecret) {
            throw HttpError.conflict(anotherSecret.getMessage());
        }
        ObjectNode answer = Json.object().put("refresh_token", token.value()).put("client_id", client.clientId());
        if (clientId.isEmpty() || clientSecret.isPresent()) {
            answer.put("client_secret", client.clientSecret());  // not for a known client named by its id alone
        }
        call.json(201, answer.put("scope", token.scope()).put("token_uri", gmailTokenUri(call)));
    }

    /** The client named by the body: a known one by its id alone, a new one with both values, else a random one. */
    private OAuthClient client(Optional<String> clientId, Optional<String> clientSecret) {
        if (clientId.isEmpty()) {
            if (clientSecret.isPresent()) {
                throw HttpError.badRequest("\"clientSecret\" was given without \"clientId\"; give both (your"
                        + " application's OAuth client), only the id of a client known here, or neither for a new"
                        + " random client");
            }
            return OAuthClient.random();
        }
        Optional<OAuthClient> known = gmail.oauthClient(clientId.get());
        if (clientSecret.isEmpty()) {
            return known.orElseThrow(() -> HttpError.badRequest("The OAuth client " + clientId.get() + " is not"
                    + " known here yet; give its \"clientSecret\" too the first time, or neither value for a new"
                    + " random client"));
        }
        return new OAuthClient(clientId.get(), clientSecret.get());
    }

    /** {@code "scopes": [...]} joined with spaces, else {@code "scope"}, else {@code https://mail.google.com/}. */
    private static String scope(ObjectNode body) {
        JsonNode scopes = body.path("scopes");
        if (scopes.isMissingNode()) {
            return Fields.text(body, "scope").orElse(AccessToken.MAIL_SCOPE);
        }
        if (!scopes.isArray() || scopes.isEmpty() || !java.util.stream.StreamSupport.stream(scopes.spliterator(), false)
                .allMatch(JsonNode::isTextual)) {
            throw HttpError.badRequest("\"scopes\" must be a non-empty array of scope strings, such as [\""
                    + AccessToken.MAIL_SCOPE + "\"], but was " + scopes);
        }
        return String.join(" ", java.util.stream.StreamSupport.stream(scopes.spliterator(), false)
                .map(JsonNode::asText).toList());
    }

    private static String gmailTokenUri(Exchange call) {
        return "http://" + call.header("Host").orElse("localhost") + "/token";
    }

    private GmailAccount account(Exchange call) {
        String address = call.path(0);
        return gmail.findAccount(address).orElseThrow(() -> HttpError.notFound("No account '" + address + "' on this fake Gmail; it has "
                        + gmail.accounts().stream().map(GmailAccount::address).toList()
                        + ". Add it with POST /api/accounts {\"address\": \"" + address + "\"}"));
    }
}
