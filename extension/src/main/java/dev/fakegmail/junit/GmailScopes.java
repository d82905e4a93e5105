package dev.fakegmail.junit;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Which running server applies to an extension context. All state lives in the contexts' stores: a class that
 * carries {@link FakeGmail} keeps its server in its own store; a test keeps the server it uses in its store (its
 * own server, or its class's server borrowed and reset).
 */
final class GmailScopes {
    private static final Namespace NAMESPACE = Namespace.create(FakeGmailExtension.class);
    private static final String TEST_KEY = "test";
    private static final String PARALLEL_ENABLED = "junit.jupiter.execution.parallel.enabled";

    private GmailScopes() {
    }

    /** The server for a class context or a test context (a test method and its lifecycle methods). */
    static Optional<ActiveGmail> of(ExtensionContext context) {
        return context.getTestMethod().isPresent() ? forTest(context) : forClass(context);
    }

    /**
     * The server of the nearest class (this one or an enclosing one) carrying {@link FakeGmail}, started on first use;
     * in a Spring test, the server of the class's Spring context ({@link SpringSupport}).
     */
    static Optional<ActiveGmail> forClass(ExtensionContext context) {
        return owningClass(context).map(owner -> SpringSupport.forClass(context).orElseGet(() -> classGmail(owner)));
    }

    /**
     * The server a test uses, chosen once per test: the method's own when it carries {@link FakeGmail}; a new one
     * with the class's settings when the test runs concurrently with others; otherwise the class's server, reset.
     * In a Spring test the class's server is its Spring context's, which tests take turns to use.
     */
    static Optional<ActiveGmail> forTest(ExtensionContext test) {
        Store store = test.getStore(NAMESPACE);
        ActiveGmail chosen = store.get(TEST_KEY, ActiveGmail.class);
        if (chosen == null) {
            Optional<ActiveGmail> fresh = choose(test);
            fresh.ifPresent(gmail -> store.put(TEST_KEY, gmail));
            return fresh;
        }
        return Optional.of(chosen);
    }

    private static Optional<ActiveGmail> choose(ExtensionContext test) {
        Method method = test.getRequiredTestMethod();
        Optional<FakeGmail> own = AnnotationSupport.findAnnotation(method, FakeGmail.class);
        if (own.isPresent()) {
            return Optional.of(ActiveGmail.start(new GmailSettings(own.get(), Names.of(method))));
        }
        Optional<ExtensionContext> owner = owningClass(test);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Optional<ActiveGmail> spring = SpringSupport.forTest(test,
                Names.test(test.getRequiredTestClass(), method));
        if (spring.isPresent()) {
            refreshStaticFields(test, owner.get(), spring.get());
            return spring;
        }
        ActiveGmail shared = classGmail(owner.get());
        if (runsConcurrently(test)) {
            return Optional.of(ActiveGmail.start(shared.settings()));
        }
        shared.server().reset();
        refreshStaticFields(test, owner.get(), shared);
        return Optional.of(shared.borrowed());
    }

    /** After a reset, static fields of the classes between the test and the server's class get the new values. */
    private static void refreshStaticFields(ExtensionContext test, ExtensionContext owner, ActiveGmail shared) {
        Optional<ExtensionContext> current = test.getParent();
        while (current.isPresent()) {
            ExtensionContext context = current.get();
            if (isClass(context)) {
                FieldInjector.injectStatic(context.getRequiredTestClass(), Optional.of(shared));
            }
            current = context == owner ? Optional.empty() : context.getParent();
        }
    }

    private static Optional<ExtensionContext> owningClass(ExtensionContext context) {
        Optional<ExtensionContext> current = Optional.of(context);
        while (current.isPresent()) {
            ExtensionContext candidate = current.get();
            if (isClass(candidate) && annotation(candidate).isPresent()) {
                return current;
            }
            current = candidate.getParent();
        }
        return Optional.empty();
    }

    /**
     * The class's server, started by the first caller: the Store's atomic get-or-compute makes concurrent callers for
     * the same class wait for that one start, while other classes start theirs at the same time (as JUnit's
     * {@code TempDirectory} does).
     */
    @SuppressWarnings("deprecation") // JUnit 6 deprecates it for computeIfAbsent, which JUnit 5.10 to 5.14 lack
    private static ActiveGmail classGmail(ExtensionContext owner) {
        Store store = owner.getStore(NAMESPACE);
        return store.getOrComputeIfAbsent("class " + owner.getUniqueId(), key -> ActiveGmail.start(
                new GmailSettings(annotation(owner).orElseThrow(), "class " + Names.of(owner.getRequiredTestClass()))),
                ActiveGmail.class);
    }

    private static Optional<FakeGmail> annotation(ExtensionContext classContext) {
        return AnnotationSupport.findAnnotation(classContext.getRequiredTestClass(), FakeGmail.class);
    }

    private static boolean isClass(ExtensionContext context) {
        return context.getTestClass().isPresent() && context.getTestMethod().isEmpty();
    }

    /** Whether the test runs concurrently with other tests (parallel execution on, mode CONCURRENT). */
    static boolean runsConcurrently(ExtensionContext test) {
        return test.getExecutionMode() == ExecutionMode.CONCURRENT
                && test.getConfigurationParameter(PARALLEL_ENABLED).map(Boolean::parseBoolean).orElse(false);
    }
}
