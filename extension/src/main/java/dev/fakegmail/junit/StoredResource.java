package dev.fakegmail.junit;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every value the extension puts in an {@code ExtensionContext.Store} is one of these, so that JUnit closes it when
 * the store's context ends, whichever JUnit Jupiter runs the tests.
 *
 * <p>JUnit 5.10 to 5.12 close only {@code Store.CloseableResource} values. JUnit 5.13 and later (6.x included, where
 * {@code CloseableResource} is deprecated but still present) close {@link AutoCloseable} values, and close a value
 * that is both exactly once, as an {@code AutoCloseable}, without the deprecation warning they log for a value that
 * is only a {@code CloseableResource}; with {@code junit.jupiter.extensions.store.close.autocloseable.enabled=false}
 * they fall back to closing {@code CloseableResource} values. Being both is closed once on every line and setting.
 */
@SuppressWarnings("deprecation") // CloseableResource: the only interface JUnit 5.10 to 5.12 close
interface StoredResource extends AutoCloseable, ExtensionContext.Store.CloseableResource {

    /** Releases what the value holds; called once by JUnit, possibly again by the extension, so idempotent. */
    @Override
    void close();

    /** A value that closes {@code resource}, for a resource of a third-party type (an IMAP store). */
    static StoredResource closing(AutoCloseable resource, String what) {
        return () -> {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not close " + what + ": " + e.getMessage(), e);
            }
        };
    }
}
