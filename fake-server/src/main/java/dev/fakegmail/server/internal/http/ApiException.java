package dev.fakegmail.server.internal.http;

/** A request the control API refuses: its HTTP status, a short error code and a message that names the fix. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    ApiException(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message);
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }
}
