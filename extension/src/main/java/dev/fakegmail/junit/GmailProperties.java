package dev.fakegmail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the properties through which {@link FakeGmail} wires a Spring test's application to the fake Gmail, or
 * turns that wiring off. Without it, a {@code @FakeGmail} class whose tests run in a Spring test context
 * ({@code @SpringBootTest}, {@code @SpringJUnitConfig}, ...) gets Spring Boot's mail settings:
 *
 * <pre>{@code
 * @FakeGmail
 * @SpringBootTest
 * class NewsletterTest { ... }            // spring.mail.host, port, username, password, STARTTLS, SSL bundle
 *
 * @FakeGmail
 * @GmailProperties(host = "crm.smtp.host", port = "crm.smtp.port",
 *                  username = "crm.smtp.user", password = "crm.smtp.password")
 * @SpringBootTest
 * class CrmMailTest { ... }               // the application's own names
 *
 * @FakeGmail
 * @GmailProperties(enabled = false)
 * @SpringBootTest
 * class ManualWiringTest { ... }          // no properties; the class gets a server of its own, as without Spring
 * }</pre>
 *
 * <p><b>Spring Boot's sender.</b> While {@link #host()} is {@code spring.mail.host}, the application's mail sender is
 * taken to be Spring Boot's {@code JavaMailSender}, and the settings it needs to verify the fake's certificate and
 * host name are added: {@code spring.mail.protocol}, STARTTLS required (or {@code spring.mail.ssl.enabled} for
 * {@link FakeGmail#type()} SSL), and an SSL bundle named {@code fake-gmail} holding the fake's CA
 * ({@code spring.mail.ssl.bundle}). With another host name only the named properties are set.
 *
 * <p>Like {@code @FakeGmail} it is {@link Inherited}, found on enclosing classes of {@code @Nested} classes, and
 * may be used as a meta-annotation; it takes part in Spring's context cache key.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface GmailProperties {

    /** Whether the Spring context gets the fake's properties and shares its server with the tests. Default true. */
    boolean enabled() default true;

    /** The property that receives the host name ({@code localhost}). */
    String host() default "spring.mail.host";

    /** The property that receives the port of {@link FakeGmail#type()}: STARTTLS or SSL. */
    String port() default "spring.mail.port";

    /** The property that receives the default account's address. */
    String username() default "spring.mail.username";

    /** The property that receives the default account's app password (its password without 2-Step Verification). */
    String password() default "spring.mail.password";

    /**
     * A property that receives the fake's CA certificate as PEM text, for an application that builds its own trust
     * (e.g. {@code crm.smtp.trusted-certificate}). Default {@code ""}: none.
     */
    String certificateAuthority() default "";
}
