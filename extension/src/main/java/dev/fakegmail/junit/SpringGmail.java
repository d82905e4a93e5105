package dev.fakegmail.junit;

import dev.fakegmail.server.RefreshToken;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The fake Gmail of one Spring application context: started by {@link FakeGmailContextCustomizer} before the context
 * refreshes, a singleton of the context, stopped when the context closes (or fails to refresh): it is registered as
 * one of the context's disposable beans. Free of Spring types, so that the JUnit side can hold it without Spring.
 *
 * <p>Test classes with the same configuration share the cached context and so this one server, possibly from
 * classes running in parallel. Their tests take turns ({@link #turn}): each one resets the server and has it to
 * itself until the test ends, so no test sees another's messages and no reset wipes a running test's state. A test
 * waits for its turn as long as {@value SpringSupport#TURN_TIMEOUT} allows (120 s unless set) and then fails naming
 * the test that holds it. A refresh token the context was configured with ({@code fakegmail.gmail-api.refresh-token})
 * is reinstated after each reset, as the fixed app password is restored.
 */
final class SpringGmail implements AutoCloseable {
    /** The bean name under which the context holds it. */
    static final String BEAN_NAME = "dev.fakegmail.junit.SpringGmail";

    private final ActiveGmail gmail;
    private final Optional<RefreshToken> kept;
    private final Semaphore turns = new Semaphore(1, true);
    private final AtomicReference<Holder> holder = new AtomicReference<>(Holder.NONE);

    SpringGmail(ActiveGmail gmail, Optional<RefreshToken> kept) {
        this.gmail = gmail;
        this.kept = kept;
    }

    /** The server as a test or a class sees it: borrowed, since the context stops it. */
    ActiveGmail borrowed() {
        return gmail.borrowed();
    }

    /**
     * Waits, at most {@code timeout}, until no other test uses the server, resets it, and returns the turn, which the
     * extension ends after the test ({@code AfterEachCallback}) and JUnit closes with the test's store in any case.
     */
    Turn turn(String test, Duration timeout) {
        if (!acquire(test, timeout)) {
            throw new ExtensionConfigurationException(waitedTooLong(test, timeout, holder.get()));
        }
        holder.set(new Holder(test, System.nanoTime()));
        AtomicBoolean open = new AtomicBoolean(true);
        Turn turn = () -> {
            if (open.compareAndSet(true, false)) {
                holder.set(Holder.NONE);
                turns.release();
            }
        };
        try {
            gmail.server().reset();
            kept.ifPresent(token -> gmail.server().account(token.account()).reinstate(token));
            return turn;
        } catch (RuntimeException e) {
            turn.close();
            throw e;
        }
    }

    private boolean acquire(String test, Duration timeout) {
        try {
            return turns.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtensionConfigurationException(test + " was interrupted while waiting for the fake Gmail of "
                    + "its Spring context, which " + holder.get().test() + " was using.", e);
        }
    }

    private static String waitedTooLong(String test, Duration timeout, Holder holder) {
        return test + " waited " + timeout.toSeconds() + " s for the fake Gmail of its Spring context, which "
                + holder.test() + holder.since() + ". Tests of classes that share a Spring context (the same "
                + "@FakeGmail and Spring configuration) take turns with its fake Gmail; a turn ends when its test "
                + "ends. Give the classes separate Spring contexts (different @FakeGmail settings, e.g. accounts), or "
                + "allow a longer wait: " + SpringSupport.TURN_TIMEOUT + "=<seconds> in "
                + "src/test/resources/junit-platform.properties.";
    }

    /** One test's exclusive use of the server; the extension ends it after the test, JUnit closes it at the latest. */
    interface Turn extends StoredResource {
    }

    /** Who has the server, for the message of a test that waited too long. */
    private record Holder(String test, long sinceNanos) {
        static final Holder NONE = new Holder("another test", 0);

        String since() {
            return this == NONE ? " was using"
                    : " has been using for " + Duration.ofNanos(System.nanoTime() - sinceNanos).toSeconds() + " s";
        }
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
