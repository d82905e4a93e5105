package dev.fakegmail.samples.oauth;

/**
 * Where fresh access tokens come from: in production, Google's token endpoint called with the application's refresh
 * token; in a test, the fake Gmail's account.
 */
@FunctionalInterface
public interface TokenEndpoint {

    /** A new access token for the scope {@code https://mail.google.com/}. */
    IssuedToken issue();
}
