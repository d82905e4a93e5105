package dev.fakegmail.server;

import dev.fakegmail.server.ActivityEvent.Door;
import dev.fakegmail.server.internal.activity.ActivityLog;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Google's token endpoint's verdicts on a refresh grant, in the order docs/google-oauth.md lists them, each recorded
 * in the activity log at the {@link Door#TOKEN} door with the grant type as mechanism and Google's answer as reply.
 */
final class TokenGrants {
    private static final TokenGrant.Refused NO_CLIENT_ID =
            new TokenGrant.Refused(400, "invalid_request", "Could not determine client ID from request.");
    private static final TokenGrant.Refused UNKNOWN_CLIENT =
            new TokenGrant.Refused(401, "invalid_client", "The OAuth client was not found.");
    private static final TokenGrant.Refused WRONG_SECRET = new TokenGrant.Refused(401, "invalid_client", "Unauthorized");
    private static final TokenGrant.Refused NO_REFRESH_TOKEN =
            new TokenGrant.Refused(400, "invalid_request", "Missing required parameter: refresh_token");
    private static final TokenGrant.Refused NEVER_MINTED = new TokenGrant.Refused(400, "invalid_grant", "Bad Request");
    private static final TokenGrant.Refused OTHER_CLIENT =
            new TokenGrant.Refused(400, "unauthorized_client", "Unauthorized");
    private static final TokenGrant.Refused REVOKED =
            new TokenGrant.Refused(400, "invalid_grant", "Token has been expired or revoked.");

    private final TokenRegistry registry;
    private final ActivityLog activity;
    private final AtomicLong requests = new AtomicLong();

    TokenGrants(TokenRegistry registry, ActivityLog activity) {
        this.registry = registry;
        this.activity = activity;
    }

    TokenGrant grant(TokenRequest request) {
        Optional<TokenRegistry.Minted> minted = registry.token(request.refreshToken());
        TokenGrant grant = verdict(request, minted);
        String reply = grant instanceof TokenGrant.Refused refused
                ? refused.status() + " " + refused.error() + " " + refused.description() : "200 OK";
        String how = request.grantType().isEmpty() ? "(no grant_type)"
                : request.grantType().replaceAll("[^\\x21-\\x7e]", "?");
        how = how.length() <= 40 ? how : how.substring(0, 40) + "…";
        activity.signIn(Door.TOKEN, "token-" + requests.incrementAndGet(), how,
                minted.map(m -> m.account().address()), reply, grant instanceof TokenGrant.Granted);
        return grant;
    }

    private TokenGrant verdict(TokenRequest request, Optional<TokenRegistry.Minted> minted) {
        if (!request.grantType().equals("refresh_token")) {
            return new TokenGrant.Refused(400, "unsupported_grant_type", "Invalid grant_type: " + request.grantType());
        }
        if (request.clientId().isEmpty()) {
            return NO_CLIENT_ID;
        }
        Optional<OAuthClient> client = registry.client(request.clientId());
        if (client.isEmpty()) {
            return UNKNOWN_CLIENT;
        }
        if (!client.get().secretMatches(request.clientSecret())) {
            return WRONG_SECRET;
        }
        if (request.refreshToken().isEmpty()) {
            return NO_REFRESH_TOKEN;
        }
        if (minted.isEmpty()) {
            return NEVER_MINTED;
        }
        RefreshToken token = minted.get().token();
        if (!token.client().clientId().equals(request.clientId())) {
            return OTHER_CLIENT;
        }
        if (token.isRevoked()) {
            return REVOKED;
        }
        return new TokenGrant.Granted(minted.get().account().issueAccessToken(token.scope()));
    }

    /** The client with this id, once a refresh token was minted for it. */
    Optional<OAuthClient> client(String clientId) {
        return registry.client(clientId);
    }
}
