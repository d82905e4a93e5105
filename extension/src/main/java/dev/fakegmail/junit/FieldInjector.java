package dev.fakegmail.junit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ModifierSupport;

/** Sets the {@link InjectGmail} fields of a test class (static) or a test instance (instance fields). */
final class FieldInjector {
    private FieldInjector() {
    }

    /** Sets the static fields of {@code testClass} (and its superclasses) from the class's fake Gmail. */
    static void injectStatic(Class<?> testClass, Optional<ActiveGmail> classGmail) {
        for (Field field : fields(testClass, ModifierSupport::isStatic)) {
            ActiveGmail gmail = classGmail.orElseThrow(() -> new ExtensionConfigurationException("@InjectGmail on "
                    + Names.of(field) + ": static fields are set before all tests from the class's fake Gmail, but "
                    + "no @FakeGmail is on " + Names.of(testClass) + " or an enclosing class. Annotate the class with "
                    + "@FakeGmail, or make the field an instance field."));
            set(field, null, gmail);
        }
    }

    /** Whether {@code testClass} has instance fields to inject. */
    static boolean hasInstanceFields(Class<?> testClass) {
        return !fields(testClass, ModifierSupport::isNotStatic).isEmpty();
    }

    /** Sets the instance fields of {@code instance} from the fake Gmail the test uses. */
    static void injectInstance(Object instance, Optional<ActiveGmail> testGmail) {
        for (Field field : fields(instance.getClass(), ModifierSupport::isNotStatic)) {
            ActiveGmail gmail = testGmail.orElseThrow(() -> new ExtensionConfigurationException("@InjectGmail on "
                    + Names.of(field) + " needs a fake Gmail, but no @FakeGmail applies to it. Annotate the class or "
                    + "method with @FakeGmail."));
            set(field, instance, gmail);
        }
    }

    /** The {@link InjectGmail} fields matching {@code filter}, after checking every annotated field's use. */
    private static List<Field> fields(Class<?> testClass, Predicate<Field> filter) {
        for (Field field : AnnotationSupport.findAnnotatedFields(testClass, Account.class)) {
            requireInjectGmail(field, "@Account");
        }
        for (Field field : AnnotationSupport.findAnnotatedFields(testClass, Ssl.class)) {
            requireInjectGmail(field, "@Ssl");
        }
        for (Field field : AnnotationSupport.findAnnotatedFields(testClass, GmailApiScopes.class)) {
            requireInjectGmail(field, "@GmailApiScopes");
        }
        List<Field> fields = AnnotationSupport.findAnnotatedFields(testClass, InjectGmail.class, filter);
        for (Field field : fields) {
            if (Modifier.isFinal(field.getModifiers())) {
                throw new ExtensionConfigurationException("@InjectGmail on " + Names.of(field)
                        + " cannot set it: the field is final. Remove the final modifier.");
            }
            Injection.of(field).requireSupported();
        }
        return fields;
    }

    private static void requireInjectGmail(Field field, String annotation) {
        if (!field.isAnnotationPresent(InjectGmail.class)) {
            throw new ExtensionConfigurationException(annotation + " on " + Names.of(field)
                    + " has no effect without @InjectGmail. Add @InjectGmail to the field.");
        }
    }

    private static void set(Field field, Object target, ActiveGmail gmail) {
        Object value = Injection.of(field).resolve(Optional.of(gmail));
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExtensionConfigurationException("@InjectGmail cannot set " + Names.of(field) + ": " + e
                    + ". Make the field accessible (not final, in an open package).", e);
        }
    }
}
