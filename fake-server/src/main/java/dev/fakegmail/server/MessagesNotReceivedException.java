package dev.fakegmail.server;

import java.time.Duration;

/**
 * {@link FakeGmailServer#awaitMessages} waited its whole timeout and fewer messages than expected were accepted. The
 * message says how many were expected and lists what did arrive (and what was stored but not yet acknowledged).
 *
 * <p>A {@link RuntimeException}, not an {@link AssertionError}: the server also runs outside tests (embedded in a
 * tool, standalone), where a wait that times out is an ordinary failure to handle; the AssertJ assertions of
 * {@code fake-gmail-junit-jupiter} turn it into an assertion failure. Its own type lets callers tell a timeout from
 * any other illegal state.
 */
public final class MessagesNotReceivedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int expected;
    private final Duration timeout;

    MessagesNotReceivedException(String message, int expected, Duration timeout) {
        super(message);
        this.expected = expected;
        this.timeout = timeout;
    }

    /** How many messages were awaited. */
    public int expected() {
        return expected;
    }

    /** How long the wait lasted. */
    public Duration timeout() {
        return timeout;
    }
}
