package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.server.AccessToken;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who calls a Gmail API method: the account of the {@code Authorization: Bearer} access token, once the token is
 * known, unrevoked and unexpired (on the server's clock), has a scope the method takes, and the path's {@code userId}
 * is {@code me} or that account's address. The order of checks is Google's: 401, then 403 for the scope, then 403
 * for another user.
 */
final class Caller {
    private Caller() {
    }

    /** The account calling {@code method} as {@code userId}; throws the door's refusal otherwise. */
    static GmailAccount of(FakeGmailServer gmail, Exchange call, GmailMethod method, String userId) {
        String presented = call.header("Authorization").filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).strip()).filter(t -> !t.isEmpty())
                .orElseThrow(() -> GoogleError.credentialsMissing().refused());
        Instant now = gmail.clock().instant();
        for (GmailAccount account : gmail.accounts()) {
            Optional<AccessToken> token = find(account.accessTokens(), presented);
            if (token.isPresent()) {
                if (!now.isBefore(token.get().expiresAt())) {
                    throw GoogleError.invalidCredentials(true).refused();
                }
                List<String> granted = List.of(token.get().scope().split(" "));
                if (method.scopes().stream().noneMatch(granted::contains)) {
                    throw GoogleError.insufficientScope(String.join(" ", method.scopes())).refused();
                }
                if (!userId.equals("me") && !userId.equalsIgnoreCase(account.address())) {
                    throw GoogleError.delegationDenied(userId).refused();
                }
                return account;
            }
        }
        throw GoogleError.invalidCredentials(false).refused();
    }

    private static Optional<AccessToken> find(List<AccessToken> tokens, String presented) {
        byte[] bytes = presented.getBytes(StandardCharsets.US_ASCII);
        return tokens.stream().filter(t -> MessageDigest.isEqual(t.value().getBytes(StandardCharsets.US_ASCII), bytes))
                .findFirst();
    }
}
