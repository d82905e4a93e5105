package dev.fakegmail.server;

import dev.fakegmail.server.internal.smtp.AuthResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The access tokens of one account. Guarded by the account's lock. */
final class OAuthTokens {
    private final List<AccessToken> issued = new ArrayList<>();

    AccessToken issue(String scope, Instant now) {
        AccessToken token = AccessToken.issue(scope, now);
        issued.add(token);
        return token;
    }

    /** Tokens that are not revoked (expired ones included: they still exist, they just do not work). */
    List<AccessToken> unrevoked() {
        return issued.stream().filter(t -> !t.isRevoked()).toList();
    }

    AuthResult authenticate(String presented, Instant now) {
        for (AccessToken token : issued) {
            if (token.matches(presented)) {
                return token.isUsableAt(now) ? AuthResult.ACCEPTED : AuthResult.BAD_CREDENTIALS;
            }
        }
        return AuthResult.BAD_CREDENTIALS;
    }

    boolean revoke(AccessToken token) {
        if (issued.contains(token)) {
            token.revoke();
            return true;
        }
        return false;
    }

    void revokeAll() {
        issued.forEach(AccessToken::revoke);
    }

    void clear() {
        revokeAll();
        issued.clear();
    }
}
