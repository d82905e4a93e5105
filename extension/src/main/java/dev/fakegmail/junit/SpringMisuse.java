package dev.fakegmail.junit;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.springframework.util.ClassUtils;

/**
 * Checks, once the context's bean definitions are known and before any bean is created, the two ways a Spring test
 * can silently miss the fake: a test property that sets what the fake sets (the test's value would be the one that
 * counts), and more than one mail sender (only the one reading the fake's properties would send to it).
 */
final class SpringMisuse implements BeanFactoryPostProcessor {
    /** {@code DynamicValuesPropertySource.PROPERTY_SOURCE_NAME}, not public in Spring. */
    static final String DYNAMIC_PROPERTIES = "Dynamic Test Properties";
    private static final String MAIL_SENDER = "org.springframework.mail.MailSender";

    private final SpringProperties names;
    private final String element;
    private final ConfigurableEnvironment environment;

    SpringMisuse(SpringProperties names, String element, ConfigurableEnvironment environment) {
        this.names = names;
        this.element = element;
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        checkTestProperties();
        checkMailSenders(beanFactory);
    }

    private void checkTestProperties() {
        for (PropertySource<?> source : environment.getPropertySources()) {
            Optional<String> kind = testPropertyKind(source.getName());
            if (kind.isEmpty()) {
                continue;
            }
            for (String name : names.connectionNames()) {
                if (source.containsProperty(name)) {
                    throw new IllegalStateException("@FakeGmail on " + element + " sets " + name
                            + " to the fake Gmail, but the test's " + kind.get() + " set " + name + " too. Remove "
                            + name + " from them (the fake provides it), or add @GmailProperties(enabled = false) to "
                            + "configure the mail yourself.");
                }
            }
        }
    }

    private static Optional<String> testPropertyKind(String sourceName) {
        if (sourceName.equals(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
            return Optional.of("properties (@SpringBootTest(properties) or @TestPropertySource(properties))");
        }
        if (sourceName.equals(DYNAMIC_PROPERTIES)) {
            return Optional.of("@DynamicPropertySource methods");
        }
        return Optional.empty();
    }

    private void checkMailSenders(ConfigurableListableBeanFactory beanFactory) {
        ClassLoader loader = beanFactory.getBeanClassLoader();
        if (!ClassUtils.isPresent(MAIL_SENDER, loader)) {
            return;
        }
        List<String> senders = List.of(beanFactory.getBeanNamesForType(
                ClassUtils.resolveClassName(MAIL_SENDER, loader), true, false));
        if (senders.size() > 1) {
            throw new IllegalStateException("@FakeGmail on " + element + " configures one mail sender through "
                    + names.host() + ", but the application context has " + senders.size() + " MailSender beans "
                    + senders + ", and only one reading those properties would send to the fake Gmail. Keep one "
                    + "MailSender bean in the test's context, or add @GmailProperties(enabled = false) and give each "
                    + "sender its properties yourself.");
        }
    }
}
