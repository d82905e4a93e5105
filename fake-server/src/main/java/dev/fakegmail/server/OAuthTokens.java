package dev.fakegmail.server;

import dev.fakegmail.server.internal.auth.AuthResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The access tokens and the refresh tokens of one account. Guarded by the account's lock. */
final class OAuthTokens {
    private final List<AccessToken> issued = new ArrayList<>();
    private final List<RefreshToken> minted = new ArrayList<>();

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

    RefreshToken mint(OAuthClient client, String account, String scope, Instant now) {
        RefreshToken token = RefreshToken.mint(client, account, scope, now);
        minted.add(token);
        return token;
    }

    RefreshToken reinstate(RefreshToken earlier, Instant now) {
        RefreshToken token = earlier.reissued(now);
        minted.add(token);
        return token;
    }

    /** Every refresh token minted since the last {@link #clear()}, oldest first, revoked ones included. */
    List<RefreshToken> refreshTokens() {
        return List.copyOf(minted);
    }

    boolean revoke(RefreshToken token) {
        if (minted.contains(token)) {
            token.revoke();
            return true;
        }
        return false;
    }

    /** What a password change does: every access token and every refresh token for Gmail's scope stop working. */
    PasswordChange revokeForPasswordChange(List<AppPassword> appPasswords) {
        List<AccessToken> accessTokens = issued.stream().filter(t -> !t.isRevoked()).toList();
        List<RefreshToken> refreshTokens = minted.stream().filter(t -> !t.isRevoked())
                .filter(RefreshToken::hasGmailScope).toList();
        accessTokens.forEach(AccessToken::revoke);
        refreshTokens.forEach(RefreshToken::revoke);
        return new PasswordChange(appPasswords, accessTokens, refreshTokens);
    }

    /** Revokes and forgets every token of both kinds. */
    void clear() {
        issued.forEach(AccessToken::revoke);
        issued.clear();
        minted.forEach(RefreshToken::revoke);
        minted.clear();
    }
}
