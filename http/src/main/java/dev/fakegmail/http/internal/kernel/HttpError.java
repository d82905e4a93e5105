package dev.fakegmail.http.internal.kernel;

/**
 * A request the HTTP side refuses: its status, a short code and a sentence that names the fix. Each area renders it
 * in its own format (the API's JSON, Google's JSON, an HTML page); nothing else differs between areas.
 */
public final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String allow;

    /**
     * @param status  the HTTP status
     * @param code    a short code, e.g. {@code bad_request} (Google's error code on {@code /token})
     * @param message what was wrong and how to fix it
     */
    public HttpError(int status, String code, String message) {
        this(status, code, message, null);
    }

    private HttpError(int status, String code, String message, String allow) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.allow = allow;
    }

    /** This 405 with the {@code Allow} header it answers with. */
    HttpError allow(java.util.List<String> methods) {
        return new HttpError(status, code, getMessage(), String.join(", ", methods));
    }

    /** The {@code Allow} header of a 405. */
    java.util.Optional<String> allowed() {
        return java.util.Optional.ofNullable(allow);
    }

    /** A refusal with a code named after its status, for areas that show only the sentence (the pages). */
    public static HttpError of(int status, String message) {
        return new HttpError(status, "error_" + status, message);
    }

    /** A 400. */
    public static HttpError badRequest(String message) {
        return new HttpError(400, "bad_request", message);
    }

    /** A 404. */
    public static HttpError notFound(String message) {
        return new HttpError(404, "not_found", message);
    }

    /** A 409. */
    public static HttpError conflict(String message) {
        return new HttpError(409, "conflict", message);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The short code. */
    public String code() {
        return code;
    }
}
