package dev.fakegmail.samples.oauth;

/**
 * Google's token endpoint refused to refresh: {@code invalid_grant} means the user must sign in again (the refresh
 * token was revoked, for example by a password change); {@code invalid_client} means the application's client id or
 * secret is wrong. The message never contains a token or the client secret.
 */
public final class TokenRefreshException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    /**
     * Creates the exception.
     *
     * @param status      the HTTP status of the token endpoint's answer
     * @param error       the OAuth error code ({@code invalid_grant}, {@code invalid_client}, …)
     * @param description Google's {@code error_description}
     */
    public TokenRefreshException(int status, String error, String description) {
        super("Google refused to refresh the access token (HTTP " + status + ", " + error + ": " + description + "). "
                + advice(error));
        this.status = status;
        this.error = error;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** The OAuth error code, e.g. {@code invalid_grant}. */
    public String error() {
        return error;
    }

    /** Whether the user has to authorize the application again (the refresh token is gone for good). */
    public boolean needsNewConsent() {
        return "invalid_grant".equals(error);
    }

    private static String advice(String error) {
        return switch (error) {
            case "invalid_grant" -> "The refresh token no longer works (revoked, or the Google Account password was"
                    + " changed): ask the user to connect the Gmail account again.";
            case "invalid_client", "unauthorized_client" -> "Check the OAuth client id and secret the application is"
                    + " configured with.";
            default -> "See the error code in Google's OAuth documentation.";
        };
    }
}
