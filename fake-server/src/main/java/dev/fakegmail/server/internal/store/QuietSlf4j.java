package dev.fakegmail.server.internal.store;

import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;

/**
 * Keeps GreenMail's SLF4J start-up warning out of builds that have no logging backend, and leaves every build
 * that has one alone.
 *
 * <p>GreenMail logs through SLF4J. With no backend on the class path, SLF4J 2 prints three lines
 * ({@code SLF4J(W): No SLF4J providers were found.} …) on every run, and SLF4J 1.7 three others ({@code Failed to
 * load class "org.slf4j.impl.StaticLoggerBinder"}): noise in a user's build about a library they never chose. A
 * backend of our own would be worse: with two, SLF4J picks one by class-path order, and ours could win over the
 * user's logback. So this class does the one thing SLF4J 2 allows without taking anything over: when no SLF4J 2
 * provider and no SLF4J 1.7 binding is visible, and the user has not set {@value #VERBOSITY} themselves, it
 * initialises SLF4J (to its no-operation logger, as it would anyway) with that property at {@code ERROR} and then
 * removes the property again. With any backend present, nothing is touched and SLF4J starts as usual when GreenMail
 * first logs.
 *
 * <p><b>SLF4J 1.7.</b> A project that declares GreenMail before fake-gmail gets GreenMail's {@code slf4j-api} 1.7.36
 * (Maven's nearest declaration wins). That API has no {@code SLF4JServiceProvider} and no verbosity switch, so this
 * class names SLF4J 2's types only by string and, on 1.7, does nothing at all: SLF4J 1.7 behaves as it always did.
 */
final class QuietSlf4j {
    /** SLF4J 2's own switch for its internal start-up reports (read once, when SLF4J first reports). */
    static final String VERBOSITY = "slf4j.internal.verbosity";
    private static final String SLF4J_2_PROVIDER = "org.slf4j.spi.SLF4JServiceProvider";
    private static final String SLF4J_17_BINDING = "org/slf4j/impl/StaticLoggerBinder.class";

    private QuietSlf4j() {
    }

    /** Initialises SLF4J quietly when SLF4J 2 is present without a backend; otherwise does nothing. Idempotent. */
    static synchronized void initialiseWithoutBackend() {
        if (System.getProperty(VERBOSITY) != null || !isSlf4j2() || hasBackend()) {
            return;
        }
        System.setProperty(VERBOSITY, "ERROR");
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            System.clearProperty(VERBOSITY);
        }
    }

    /** Whether the SLF4J API on the class path is 2.x (it has the service-provider interface 1.7 lacks). */
    static boolean isSlf4j2() {
        return slf4j2ProviderType().isPresent();
    }

    /** Whether any SLF4J 2 provider or SLF4J 1.7 binding is visible to SLF4J's own class loader. */
    static boolean hasBackend() {
        ClassLoader loader = LoggerFactory.class.getClassLoader();
        Optional<Class<?>> providerType = slf4j2ProviderType();
        try {
            return providerType.isPresent()
                    && ServiceLoader.load(providerType.get(), loader).stream().findAny().isPresent()
                    || (loader == null ? ClassLoader.getSystemResource(SLF4J_17_BINDING)
                            : loader.getResource(SLF4J_17_BINDING)) != null;
        } catch (ServiceConfigurationError | LinkageError e) {
            return true;   // a provider is declared but broken: SLF4J's own report is the user's to read
        }
    }

    /** SLF4J 2's provider interface, absent on SLF4J 1.7. */
    private static Optional<Class<?>> slf4j2ProviderType() {
        try {
            return Optional.of(Class.forName(SLF4J_2_PROVIDER, false, LoggerFactory.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
