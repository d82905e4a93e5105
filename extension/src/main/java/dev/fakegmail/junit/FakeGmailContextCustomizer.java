package dev.fakegmail.junit;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailApiProfile;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.RefreshToken;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Before a Spring test context refreshes: starts a fake Gmail, puts its properties ({@link SpringProperties}) first
 * in the environment (with {@link FakeGmail#http()}, the Gmail API's too), registers the server as a singleton the
 * context stops when it closes ({@link SpringGmail}), and adds the checks of {@link SpringMisuse} (and, on Spring
 * Boot before 3.4, {@link LegacyBootMailTrust}).
 *
 * <p><b>Context caching.</b> Equal when the {@link FakeGmail} and {@link GmailProperties} configurations are equal,
 * so test classes configured alike share one context and one server. The server is started with a fixed app
 * password, chosen once here, which every reset restores: the password the context was built with stays valid for
 * every test that uses the context, while a test that revokes it sees the application fail until its reset.
 */
final class FakeGmailContextCustomizer implements ContextCustomizer {
    /** The property source holding the fake's properties, first in the environment. */
    static final String PROPERTY_SOURCE = "fake-gmail";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FakeGmail gmail;
    private final SpringProperties names;
    private final String element;

    FakeGmailContextCustomizer(FakeGmail gmail, SpringProperties names, String element) {
        this.gmail = gmail;
        this.names = names;
        this.element = element;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        ActiveGmail active = ActiveGmail.start(new GmailSettings(withFixedAppPassword(), element));
        try {
            FakeGmailServer server = active.server();
            GmailSmtpProfile profile = Injection.profile(server, server.defaultAccount(), gmail.type());
            Map<String, Object> values = names.values(profile);
            Optional<GmailApiProfile> api = gmail.http() ? Optional.of(server.gmailApiProfile()) : Optional.empty();
            api.ifPresent(apiProfile -> values.putAll(SpringProperties.gmailApi(apiProfile)));
            SpringGmail started = new SpringGmail(active, api.map(apiProfile -> minted(server, apiProfile)));
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, values));
            ConfigurableListableBeanFactory beans = context.getBeanFactory();
            beans.registerSingleton(SpringGmail.BEAN_NAME, started);
            if (beans instanceof DefaultSingletonBeanRegistry registry) {
                registry.registerDisposableBean(SpringGmail.BEAN_NAME, started::close);
            }
            context.addBeanFactoryPostProcessor(new SpringMisuse(names, element, context.getEnvironment()));
            if (names.springBoot() && LegacyBootMailTrust.needed(context.getClassLoader())) {
                beans.addBeanPostProcessor(new LegacyBootMailTrust(profile));
            }
        } catch (RuntimeException e) {
            active.close();
            throw e;
        }
    }

    /** The refresh token behind {@code profile}, which each turn's reset revokes and {@link SpringGmail} reinstates. */
    private static RefreshToken minted(FakeGmailServer server, GmailApiProfile profile) {
        return server.account(profile.address()).refreshTokens().stream()
                .filter(token -> token.matches(profile.refreshToken())).findFirst().orElseThrow();
    }

    /** The annotation with one random app password for the context's lifetime, unless it fixes one or has none. */
    private FakeGmail withFixedAppPassword() {
        if (!gmail.appPassword().isEmpty() || !gmail.twoStepVerification()) {
            return gmail;
        }
        Map<String, Object> attributes = AnnotationUtils.getAnnotationAttributes(gmail);
        attributes.put("appPassword", randomAppPassword());
        return AnnotationUtils.synthesizeAnnotation(attributes, FakeGmail.class, null);
    }

    private static String randomAppPassword() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return letters.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FakeGmailContextCustomizer that && gmail.equals(that.gmail) && names.equals(that.names);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gmail, names);
    }

    /** The element only: the annotation's toString would show configured passwords (Spring logs cache keys). */
    @Override
    public String toString() {
        return "FakeGmailContextCustomizer[@FakeGmail on " + element + ", " + names + "]";
    }
}
