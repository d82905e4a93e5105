package dev.fakegmail.junit;

import java.util.List;
import java.util.Optional;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Spring's entry point (listed in {@code META-INF/spring.factories}): a test class that carries {@link FakeGmail}
 * (directly, inherited, as a meta-annotation, or on an enclosing class of a {@code @Nested} class) gets a
 * {@link FakeGmailContextCustomizer}, unless {@link GmailProperties#enabled()} is false. Spring instantiates it only
 * when it builds a test context, so a project without Spring never loads it.
 */
final class FakeGmailContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        FakeGmail gmail = TestContextAnnotationUtils.findMergedAnnotation(testClass, FakeGmail.class);
        Optional<GmailProperties> names = Optional.ofNullable(
                TestContextAnnotationUtils.findMergedAnnotation(testClass, GmailProperties.class));
        if (gmail == null) {
            if (names.filter(GmailProperties::enabled).isPresent()) {
                throw new IllegalStateException("@GmailProperties on " + Names.of(testClass) + " names the properties "
                        + "of a fake Gmail, but no @FakeGmail applies to the class. Add @FakeGmail to it, or remove "
                        + "@GmailProperties.");
            }
            return null;
        }
        if (names.isPresent() && !names.get().enabled()) {
            return null;
        }
        String element = "class " + Names.of(testClass);
        return new FakeGmailContextCustomizer(gmail, SpringProperties.of(names, element), element);
    }
}
