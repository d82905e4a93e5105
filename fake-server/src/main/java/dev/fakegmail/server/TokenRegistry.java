package dev.fakegmail.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What Google's token endpoint knows across one server's accounts (docs/google-oauth.md): the OAuth clients, each with
 * its one secret, and the refresh tokens minted for them with the account that minted each. A reset revokes the
 * tokens but neither it nor a password change makes them unknown: Google answers a revoked token {@code invalid_grant}
 * "Token has been expired or revoked.", not "never issued", and a client is the application's registration, which
 * no change to an account removes. At most {@value #MAX_TOKENS} tokens are remembered (the oldest is forgotten
 * first, and then answers as a token nobody minted). Thread-safe.
 */
final class TokenRegistry {
    /** How many refresh tokens are remembered. */
    static final int MAX_TOKENS = 10_000;

    private final Map<String, OAuthClient> clients = new LinkedHashMap<>();
    private final Map<String, Minted> tokens = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Minted> eldest) {
            return size() > MAX_TOKENS;
        }
    };

    /** A refresh token and the account that minted it. */
    record Minted(RefreshToken token, GmailAccount account) {
    }

    /**
     * Registers {@code client} if its id is new.
     *
     * @throws IllegalArgumentException when the id is known with another secret
     */
    synchronized void register(OAuthClient client) {
        OAuthClient known = clients.putIfAbsent(client.clientId(), client);
        if (known != null && !known.clientSecret().equals(client.clientSecret())) {
            throw new IllegalArgumentException("The OAuth client " + client.clientId() + " is already known with"
                    + " another secret, and Google gives a client one secret, so /token would refuse this one; mint"
                    + " with the client as it was first given (or give only its client id to the control API), or"
                    + " use a new client id");
        }
    }

    /** Remembers a token minted by {@code account}; its client must be registered. */
    synchronized void minted(RefreshToken token, GmailAccount account) {
        tokens.put(token.value(), new Minted(token, account));
    }

    /** The client with this id. */
    synchronized Optional<OAuthClient> client(String clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    /** The token with this value, revoked ones included. */
    synchronized Optional<Minted> token(String value) {
        return Optional.ofNullable(tokens.get(value));
    }
}
