package dev.fakegmail.server;

import java.util.List;

/**
 * What a password change revoked ({@link GmailAccount#changePassword(String)}), as Google revokes it: every app
 * password, every access token, and every refresh token with a Gmail scope.
 *
 * @param appPasswords  the app passwords that were active, now revoked
 * @param accessTokens  the access tokens that were valid, now revoked
 * @param refreshTokens the refresh tokens with a Gmail scope that were valid, now revoked
 */
public record PasswordChange(List<AppPassword> appPasswords, List<AccessToken> accessTokens,
                             List<RefreshToken> refreshTokens) {

    /** Copies the lists. */
    public PasswordChange {
        appPasswords = List.copyOf(appPasswords);
        accessTokens = List.copyOf(accessTokens);
        refreshTokens = List.copyOf(refreshTokens);
    }
}
