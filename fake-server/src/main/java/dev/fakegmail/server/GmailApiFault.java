package dev.fakegmail.server;

/**
 * Failures the Gmail API really answers with, for a fault planned at {@link Stage#GMAIL_API}
 * ({@code Fault.gmailApi(...)}); the HTTP side's door renders each as Google's JSON error envelope
 * (docs/gmail-api.md §6).
 */
public enum GmailApiFault {
    /**
     * 429 {@code rateLimitExceeded}: {@code User-rate limit exceeded.  Retry after <time>}, the time one second
     * later than now on the server's clock, as an ISO-8601 instant with milliseconds.
     */
    RATE_LIMIT_EXCEEDED(429),
    /** 500 {@code backendError}: {@code Backend Error}. */
    BACKEND_ERROR(500),
    /** 503 {@code backendError}: {@code The service is currently unavailable.} */
    SERVICE_UNAVAILABLE(503);

    private final int code;

    GmailApiFault(int code) {
        this.code = code;
    }

    /** The HTTP status. */
    public int code() {
        return code;
    }
}
