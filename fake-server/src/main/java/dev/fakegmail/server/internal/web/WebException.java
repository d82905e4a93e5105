package dev.fakegmail.server.internal.web;

/** A request the pages answer with an error page: the status and a sentence that says what to do. */
final class WebException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    WebException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static WebException notFound(String what) {
        return new WebException(404, what);
    }
}
