package dev.fakegmail.http.internal.cli;

/** A command line the standalone fake Gmail cannot run with; the message says what is wrong and the fix. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the command line and how to fix it
     */
    UsageException(String message) {
        super(message);
    }
}
