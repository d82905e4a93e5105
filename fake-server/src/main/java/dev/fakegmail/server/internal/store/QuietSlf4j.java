package dev.fakegmail.server.internal.store;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Keeps GreenMail's SLF4J start-up warning out of builds that have no logging backend, and leaves every build
 * that has one alone.
 *
 * <p>GreenMail logs through SLF4J. With no backend on the class path, SLF4J 2 prints three lines
 * ({@code SLF4J(W): No SLF4J providers were found.} …) on every run, and SLF4J 1.7 three others ({@code Failed to
 * load class "org.slf4j.impl.StaticLoggerBinder"}): noise in a user's build about a library they never chose. A
 * backend of our own would be worse: with two, SLF4J picks one by class-path order, and ours could win over the
 * user's logback. So this class does the one thing SLF4J 2 allows without taking anything over: when no {@link SLF4JServiceProvider} and no SLF4J 1.7 binding is visible, and the user has not set
 * {@value #VERBOSITY} themselves, it initialises SLF4J (to its no-operation logger, as it would anyway) with that
 * property at {@code ERROR} and then removes the property again. With any backend present, nothing is touched and
 * SLF4J starts as usual when GreenMail first logs.
 */
final class QuietSlf4j {
    /** SLF4J 2's own switch for its internal start-up reports (read once, when SLF4J first reports). */
    static final String VERBOSITY = "slf4j.internal.verbosity";
    private static final String SLF4J_17_BINDING = "org/slf4j/impl/StaticLoggerBinder.class";

    private QuietSlf4j() {
    }

    /** Initialises SLF4J quietly when no backend is present; otherwise does nothing. Idempotent. */
    static synchronized void initialiseWithoutBackend() {
        if (System.getProperty(VERBOSITY) != null || hasBackend()) {
            return;
        }
        System.setProperty(VERBOSITY, "ERROR");
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            System.clearProperty(VERBOSITY);
        }
    }

    /** Whether any SLF4J 2 provider or SLF4J 1.7 binding is visible to SLF4J's own class loader. */
    static boolean hasBackend() {
        ClassLoader loader = LoggerFactory.class.getClassLoader();
        try {
            return ServiceLoader.load(SLF4JServiceProvider.class, loader).stream().findAny().isPresent()
                    || (loader == null ? ClassLoader.getSystemResource(SLF4J_17_BINDING)
                            : loader.getResource(SLF4J_17_BINDING)) != null;
        } catch (ServiceConfigurationError e) {
            return true;   // a provider is declared but broken: SLF4J's own report is the user's to read
        }
    }
}
