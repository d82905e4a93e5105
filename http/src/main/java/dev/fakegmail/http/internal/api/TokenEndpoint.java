package dev.fakegmail.http.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.Forms;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.http.internal.kernel.Route;
import dev.fakegmail.server.AccessToken;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.TokenGrant;
import dev.fakegmail.server.TokenRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /token}, like {@code https://oauth2.googleapis.com/token} with {@code grant_type=refresh_token}
 * (docs/google-oauth.md): reads the form (or HTTP Basic) and answers what the model grants, in Google's JSON.
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

    private ObjectNode grant(Exchange call) throws IOException {
        Map<String, String> form = call.form();
        Optional<String[]> basic = basicCredentials(call);
        TokenRequest request = new TokenRequest(form.getOrDefault("grant_type", ""),
                basic.map(b -> b[0]).orElse(form.getOrDefault("client_id", "")),
                basic.map(b -> b[1]).orElse(form.getOrDefault("client_secret", "")),
                form.getOrDefault("refresh_token", ""));
        TokenGrant grant = gmail.grantToken(request);
        if (grant instanceof TokenGrant.Refused refused) {
            throw new HttpError(refused.status(), refused.error(), refused.description());
        }
        AccessToken access = ((TokenGrant.Granted) grant).token();
        long left = Duration.between(access.issuedAt(), access.expiresAt()).getSeconds() - 1;
        return Json.object()
                .put("access_token", access.value())
                .put("expires_in", left)
                .put("scope", access.scope())
                .put("token_type", "Bearer");
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
