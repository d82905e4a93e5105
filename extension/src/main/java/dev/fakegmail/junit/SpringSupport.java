package dev.fakegmail.junit;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The JUnit side of the Spring support, free of Spring types: when Spring's {@code SpringExtension} is on the class
 * path, a class whose Spring context was customized by {@link FakeGmailContextCustomizer} is served by that
 * context's server ({@link SpringContexts}); otherwise nothing here loads a Spring class.
 */
final class SpringSupport {
    /** The configuration parameter: how many seconds a test waits for its turn with a shared Spring context's fake. */
    static final String TURN_TIMEOUT = "fakegmail.spring.turn.timeout";
    /** The wait when {@value #TURN_TIMEOUT} is not set. */
    static final Duration DEFAULT_TURN_TIMEOUT = Duration.ofSeconds(120);
    private static final Namespace NAMESPACE = Namespace.create(SpringSupport.class);
    private static final String TURN_KEY = "turn";
    private static final boolean SPRING_PRESENT =
            present("org.springframework.test.context.junit.jupiter.SpringExtension")
                    && present("org.springframework.context.ConfigurableApplicationContext");

    private SpringSupport() {
    }

    /** The server of the Spring context of the context's test class, when there is one wired to a fake Gmail. */
    static Optional<ActiveGmail> forClass(ExtensionContext context) {
        return spring(context).map(SpringGmail::borrowed);
    }

    /**
     * For a test: the Spring context's server, once no other test uses it (tests of classes sharing the context take
     * turns; a test waits as long as {@value #TURN_TIMEOUT} allows), reset; the turn ends with the test ({@link #endTurn}).
     */
    static Optional<ActiveGmail> forTest(ExtensionContext test, String element) {
        return spring(test).map(gmail -> {
            test.getStore(NAMESPACE).put(TURN_KEY, gmail.turn(element, turnTimeout(test)));
            return gmail.borrowed();
        });
    }

    /** Ends the test's turn with its Spring context's server, if it has one (after the test's own methods). */
    static void endTurn(ExtensionContext test) {
        SpringGmail.Turn turn = test.getStore(NAMESPACE).remove(TURN_KEY, SpringGmail.Turn.class);
        if (turn != null) {
            turn.close();
        }
    }

    private static Duration turnTimeout(ExtensionContext test) {
        Optional<String> value = test.getConfigurationParameter(TURN_TIMEOUT);
        try {
            Duration timeout = value.map(seconds -> Duration.ofSeconds(Long.parseLong(seconds.strip())))
                    .orElse(DEFAULT_TURN_TIMEOUT);
            if (timeout.isNegative() || timeout.isZero()) {
                throw new NumberFormatException();
            }
            return timeout;
        } catch (NumberFormatException e) {
            throw new ExtensionConfigurationException("The JUnit configuration parameter " + TURN_TIMEOUT
                    + " must be a whole number of seconds above 0 but was '" + value.orElse("") + "'. Set it, e.g. "
                    + TURN_TIMEOUT + "=300, in src/test/resources/junit-platform.properties.");
        }
    }

    private static Optional<SpringGmail> spring(ExtensionContext context) {
        return SPRING_PRESENT ? SpringContexts.gmailOf(context) : Optional.empty();
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, SpringSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
