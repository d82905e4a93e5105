package dev.fakegmail.junit;

import java.util.Optional;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link FakeGmail}, {@link Account}, {@link Ssl} and {@link InjectGmail}; they register it
 * with {@code @ExtendWith}. Stateless: servers live in the extension contexts' stores ({@link GmailScopes}).
 */
final class FakeGmailExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** Starts the class's server (when the class carries {@link FakeGmail}) and sets static fields. */
    @Override
    public void beforeAll(ExtensionContext context) {
        JupiterVersion.requireSupported();
        FieldInjector.injectStatic(context.getRequiredTestClass(), GmailScopes.forClass(context));
    }

    /** Chooses (and resets) the test's server and sets the instance fields of the test instances. */
    @Override
    public void beforeEach(ExtensionContext context) {
        JupiterVersion.requireSupported();
        Optional<ActiveGmail> gmail = GmailScopes.forTest(context);
        FaultAnnotations.apply(context, gmail);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            if (sharedBetweenConcurrentTests(context) && FieldInjector.hasInstanceFields(instance.getClass())) {
                throw new ExtensionConfigurationException("@InjectGmail instance fields of "
                        + Names.of(instance.getClass()) + " would be shared by test methods running concurrently "
                        + "(@TestInstance(PER_CLASS) with @Execution(CONCURRENT)), each with its own fake Gmail. "
                        + "Inject a parameter instead, or use the PER_METHOD lifecycle.");
            }
            FieldInjector.injectInstance(instance, gmail);
        }
    }

    /**
     * Ends the test's turn with a Spring context's shared server as soon as the test and its {@code @AfterEach}
     * methods are done, so the next test need not wait for JUnit to close the test's store.
     */
    @Override
    public void afterEach(ExtensionContext context) {
        SpringSupport.endTurn(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        JupiterVersion.requireSupported();
        return Injection.of(parameter).supported();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Object value = Injection.of(parameter).resolve(GmailScopes.of(context));
        if (value instanceof jakarta.mail.Store imap) {
            context.getStore(ExtensionContext.Namespace.create(FakeGmailExtension.class, "closed after the test"))
                    .put(imap, StoredResource.closing(imap, "the IMAP store of "
                            + Names.parameter(parameter.getDeclaringExecutable(), parameter.getIndex())));
        }
        return value;
    }

    /** Constructors resolve their parameters in the test's own context, so they see the test's server. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    private static boolean sharedBetweenConcurrentTests(ExtensionContext test) {
        return test.getTestInstanceLifecycle().orElse(TestInstance.Lifecycle.PER_METHOD) == TestInstance.Lifecycle.PER_CLASS
                && GmailScopes.runsConcurrently(test);
    }
}
