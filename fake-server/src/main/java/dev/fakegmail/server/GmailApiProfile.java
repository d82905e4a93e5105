package dev.fakegmail.server;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What an application configured for the Gmail API through Google's client libraries needs to reach one account of
 * the fake: the API's root URL and Google's token endpoint on the fake's HTTP side, an OAuth client (id and secret)
 * and a refresh token it may exchange there for access tokens with {@link #scopes()}. With Google's Java client only
 * two lines are test-only:
 *
 * <pre>{@code
 * UserCredentials credentials = UserCredentials.newBuilder()
 *         .setClientId(profile.clientId()).setClientSecret(profile.clientSecret())
 *         .setRefreshToken(profile.refreshToken())
 *         .setTokenServerUri(profile.tokenUri())          // test-only
 *         .build();
 * Gmail api = new Gmail.Builder(transport, json, new HttpCredentialsAdapter(credentials))
 *         .setRootUrl(profile.rootUrl())                   // test-only
 *         .build();
 * }</pre>
 *
 * <p>Made by {@link FakeGmailServer#gmailApiProfile(GmailAccount, String...)}, which mints the refresh token; like
 * one of {@link GmailAccount#mintRefreshToken}, a password change or a reset revokes it. {@link #toString()} never
 * shows the client secret or the refresh token.
 *
 * @param rootUrl      the Gmail API's root URL, as {@link FakeGmailServer#gmailApiRootUrl()}
 * @param tokenUri     Google's token endpoint on the fake, as {@link FakeGmailServer#tokenUri()}
 * @param address      the account's address: the user the refresh token belongs to
 * @param oauthClient  the OAuth client the refresh token was issued to
 * @param refreshToken the refresh token's value ({@code 1//0…})
 * @param scopes       the scopes of the access tokens it yields, at least one
 */
public record GmailApiProfile(String rootUrl, URI tokenUri, String address, OAuthClient oauthClient,
                              String refreshToken, List<String> scopes) {

    /**
     * Checks every component and copies the scopes.
     *
     * @throws IllegalArgumentException for a blank root URL, address or refresh token, or no scope
     */
    public GmailApiProfile {
        Objects.requireNonNull(rootUrl, "rootUrl");
        Objects.requireNonNull(tokenUri, "tokenUri");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(oauthClient, "oauthClient");
        Objects.requireNonNull(refreshToken, "refreshToken");
        scopes = List.copyOf(scopes);
        if (rootUrl.isBlank() || address.isBlank() || refreshToken.isBlank() || scopes.isEmpty()) {
            throw new IllegalArgumentException("A Gmail API profile needs a root URL, an address, a refresh token and"
                    + " at least one scope; make it with FakeGmailServer.gmailApiProfile(account, scopes...)");
        }
    }

    /** The OAuth client id ({@code …apps.googleusercontent.com}). */
    public String clientId() {
        return oauthClient.clientId();
    }

    /** The OAuth client secret ({@code GOCSPX-…}). */
    public String clientSecret() {
        return oauthClient.clientSecret();
    }

    /** The scopes as the token endpoint writes them: separated by single spaces. */
    public String scope() {
        return String.join(" ", scopes);
    }

    /** Everything but the client secret and the refresh token. */
    @Override
    public String toString() {
        return "GmailApiProfile[rootUrl=" + rootUrl + ", tokenUri=" + tokenUri + ", address=" + address
                + ", clientId=" + clientId() + ", clientSecret=(hidden), refreshToken=(hidden), scopes=" + scopes + "]";
    }
}
