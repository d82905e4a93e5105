package dev.fakegmail.junit;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The fake Gmail of one Spring application context: started by {@link FakeGmailContextCustomizer} before the context
 * refreshes, a singleton of the context, stopped when the context closes (or fails to refresh): it is registered as
 * one of the context's disposable beans. Free of Spring types, so that the JUnit side can hold it without Spring.
 *
 * <p>Test classes with the same configuration share the cached context and so this one server, possibly from
 * classes running in parallel. Their tests take turns ({@link #turn()}): each one resets the server and has it to
 * itself until the test ends, so no test sees another's messages and no reset wipes a running test's state.
 */
final class SpringGmail implements AutoCloseable {
    /** The bean name under which the context holds it. */
    static final String BEAN_NAME = "dev.fakegmail.junit.SpringGmail";

    private final ActiveGmail gmail;
    private final Semaphore turns = new Semaphore(1, true);

    SpringGmail(ActiveGmail gmail) {
        this.gmail = gmail;
    }

    /** The server as a test or a class sees it: borrowed, since the context stops it. */
    ActiveGmail borrowed() {
        return gmail.borrowed();
    }

    /** Waits until no other test uses the server, resets it, and returns the turn to close when the test ends. */
    Turn turn(String test) {
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtensionConfigurationException(test + " was interrupted while waiting for the fake Gmail of "
                    + "its Spring context, which a test of another class was using.", e);
        }
        AtomicBoolean open = new AtomicBoolean(true);
        Turn turn = () -> {
            if (open.compareAndSet(true, false)) {
                turns.release();
            }
        };
        try {
            gmail.server().reset();
            return turn;
        } catch (RuntimeException e) {
            turns.release();
            throw e;
        }
    }

    /** One test's exclusive use of the server; JUnit closes it with the test's store. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public void close() {
        gmail.close();
    }

    @Override
    public String toString() {
        return "SpringGmail[" + gmail.settings() + "]";
    }
}
