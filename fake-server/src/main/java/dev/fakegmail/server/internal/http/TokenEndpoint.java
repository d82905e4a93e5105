package dev.fakegmail.server.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
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
final class TokenEndpoint implements HttpHandler {
    private final FakeGmailServer gmail;

    TokenEndpoint(FakeGmailServer gmail) {
        this.gmail = gmail;
    }

    /** A refused request: HTTP status, Google's error code and description. */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String error;

        Refusal(int status, String error, String description) {
            super(description, null, false, false);
            this.status = status;
            this.error = error;
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Call call = new Call(exchange, List.of());
            try {
                if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals("/token")) {
                    throw new Refusal(exchange.getRequestURI().getPath().equals("/token") ? 405 : 404,
                            "invalid_request", "POST a form to /token, as to https://oauth2.googleapis.com/token");
                }
                call.json(200, grant(call));
            } catch (Refusal refusal) {
                ObjectNode body = Call.JSON.createObjectNode().put("error", refusal.error)
                        .put("error_description", refusal.getMessage());
                call.json(refusal.status, body);
            } catch (ApiException e) {
                call.json(e.status(), Call.JSON.createObjectNode().put("error", "invalid_request")
                        .put("error_description", e.getMessage()));
            }
        }
    }

    private ObjectNode grant(Call call) throws IOException, Refusal {
        Map<String, String> form = call.formBody();
        String grantType = form.getOrDefault("grant_type", "");
        if (!grantType.equals("refresh_token")) {
            throw new Refusal(400, "unsupported_grant_type", "Invalid grant_type: " + grantType);
        }
        Optional<String[]> basic = basicCredentials(call);
        String clientId = basic.map(b -> b[0]).orElse(form.get("client_id"));
        String clientSecret = basic.map(b -> b[1]).orElse(form.get("client_secret"));
        if (clientId == null || clientId.isEmpty()) {
            throw new Refusal(400, "invalid_request", "Could not determine client ID from request.");
        }
        OAuthClient client = client(clientId).orElseThrow(
                () -> new Refusal(401, "invalid_client", "The OAuth client was not found."));
        if (!client.secretMatches(clientSecret)) {
            throw new Refusal(401, "invalid_client", "Unauthorized");
        }
        String presented = form.get("refresh_token");
        if (presented == null || presented.isEmpty()) {
            throw new Refusal(400, "invalid_request", "Missing required parameter: refresh_token");
        }
        for (GmailAccount account : gmail.accounts()) {
            for (RefreshToken token : account.refreshTokens()) {
                if (token.matches(presented)) {
                    return exchange(account, token, client);
                }
            }
        }
        throw new Refusal(400, "invalid_grant", "Bad Request");
    }

    private ObjectNode exchange(GmailAccount account, RefreshToken token, OAuthClient client) throws Refusal {
        if (!token.client().clientId().equals(client.clientId())) {
            throw new Refusal(400, "unauthorized_client", "Unauthorized");
        }
        if (token.isRevoked()) {
            throw new Refusal(400, "invalid_grant", "Token has been expired or revoked.");
        }
        AccessToken access = account.issueAccessToken(token.scope());
        long left = Duration.between(access.issuedAt(), access.expiresAt()).getSeconds() - 1;
        return Call.JSON.createObjectNode()
                .put("access_token", access.value())
                .put("expires_in", left)
                .put("scope", access.scope())
                .put("token_type", "Bearer");
    }

    private Optional<OAuthClient> client(String clientId) {
        return gmail.accounts().stream().flatMap(a -> a.refreshTokens().stream()).map(RefreshToken::client)
                .filter(c -> c.clientId().equals(clientId)).findFirst();
    }

    private static Optional<String[]> basicCredentials(Call call) {
        Optional<String> header = call.header("Authorization").filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6));
        if (header.isEmpty()) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.get().substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[] {
                    Call.decode(decoded.substring(0, colon)), Call.decode(decoded.substring(colon + 1))});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
