package dev.fakegmail.junit;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Finds the {@link SpringGmail} of a test class's Spring context; loaded only when Spring is on the class path. */
final class SpringContexts {
    private SpringContexts() {
    }

    /**
     * The fake of the Spring context that {@link SpringExtension} gives the context's test class, when the class
     * (or an enclosing class of a {@code @Nested} one) is extended with Spring and the context holds a fake.
     */
    static Optional<SpringGmail> gmailOf(ExtensionContext context) {
        if (!extendedWithSpring(context.getRequiredTestClass())) {
            return Optional.empty();
        }
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        return application.containsBean(SpringGmail.BEAN_NAME)
                ? Optional.of(application.getBean(SpringGmail.BEAN_NAME, SpringGmail.class))
                : Optional.empty();
    }

    private static boolean extendedWithSpring(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            boolean spring = AnnotationSupport.findRepeatableAnnotations(type, ExtendWith.class).stream()
                    .anyMatch(extendWith -> Arrays.asList(extendWith.value()).contains(SpringExtension.class));
            if (spring) {
                return true;
            }
        }
        return false;
    }
}
