package dev.fakegmail.http.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.Forms;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.http.internal.kernel.Route;
import dev.fakegmail.server.AccessToken;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.OAuthClient;
import dev.fakegmail.server.RefreshToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /token}, like {@code https://oauth2.googleapis.com/token} with {@code grant_type=refresh_token}
 * (docs/google-oauth.md): the answers and the error JSON are Google's.
 */
final class TokenEndpoint {
    private final FakeGmailServer gmail;

    private TokenEndpoint(FakeGmailServer gmail) {
        this.gmail = gmail;
    }

    /** {@code POST /token}, its only route. */
    static List<Route> routes(FakeGmailServer gmail) {
        TokenEndpoint endpoint = new TokenEndpoint(gmail);
        return List.of(new Route("POST", "/token", call -> call.json(200, endpoint.grant(call))));
    }

    /** A refused request: HTTP status, Google's error code and description. */
    private static HttpError refusal(int status, String error, String description) {
        return new HttpError(status, error, description);
    }

    private ObjectNode grant(Exchange call) throws IOException {
        Map<String, String> form = call.form();
        String grantType = form.getOrDefault("grant_type", "");
        if (!grantType.equals("refresh_token")) {
            throw refusal(400, "unsupported_grant_type", "Invalid grant_type: " + grantType);
        }
        Optional<String[]> basic = basicCredentials(call);
        String clientId = basic.map(b -> b[0]).orElse(form.get("client_id"));
        String clientSecret = basic.map(b -> b[1]).orElse(form.get("client_secret"));
        if (clientId == null || clientId.isEmpty()) {
            throw refusal(400, "invalid_request", "Could not determine client ID from request.");
        }
        OAuthClient client = client(clientId).orElseThrow(
                () -> refusal(401, "invalid_client", "The OAuth client was not found."));
        if (!client.secretMatches(clientSecret)) {
            throw refusal(401, "invalid_client", "Unauthorized");
        }
        String presented = form.get("refresh_token");
        if (presented == null || presented.isEmpty()) {
            throw refusal(400, "invalid_request", "Missing required parameter: refresh_token");
        }
        for (GmailAccount account : gmail.accounts()) {
            for (RefreshToken token : account.refreshTokens()) {
                if (token.matches(presented)) {
                    return exchange(account, token, client);
                }
            }
        }
        throw refusal(400, "invalid_grant", "Bad Request");
    }

    private ObjectNode exchange(GmailAccount account, RefreshToken token, OAuthClient client) {
        if (!token.client().clientId().equals(client.clientId())) {
            throw refusal(400, "unauthorized_client", "Unauthorized");
        }
        if (token.isRevoked()) {
            throw refusal(400, "invalid_grant", "Token has been expired or revoked.");
        }
        AccessToken access = account.issueAccessToken(token.scope());
        long left = Duration.between(access.issuedAt(), access.expiresAt()).getSeconds() - 1;
        return Json.object()
                .put("access_token", access.value())
                .put("expires_in", left)
                .put("scope", access.scope())
                .put("token_type", "Bearer");
    }

    private Optional<OAuthClient> client(String clientId) {
        return gmail.accounts().stream().flatMap(a -> a.refreshTokens().stream()).map(RefreshToken::client)
                .filter(c -> c.clientId().equals(clientId)).findFirst();
    }

    private static Optional<String[]> basicCredentials(Exchange call) {
        Optional<String> header = call.header("Authorization").filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6));
        if (header.isEmpty()) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.get().substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[] {
                    Forms.decode(decoded.substring(0, colon)), Forms.decode(decoded.substring(colon + 1))});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
