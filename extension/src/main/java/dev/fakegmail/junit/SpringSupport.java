package dev.fakegmail.junit;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The JUnit side of the Spring support, free of Spring types: when Spring's {@code SpringExtension} is on the class
 * path, a class whose Spring context was customized by {@link FakeGmailContextCustomizer} is served by that
 * context's server ({@link SpringContexts}); otherwise nothing here loads a Spring class.
 */
final class SpringSupport {
    private static final Namespace NAMESPACE = Namespace.create(SpringSupport.class);
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
     * turns), reset; the turn ends with the test.
     */
    static Optional<ActiveGmail> forTest(ExtensionContext test, String element) {
        return spring(test).map(gmail -> {
            test.getStore(NAMESPACE).put("turn", gmail.turn(element));
            return gmail.borrowed();
        });
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
