package dev.fakegmail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sets a field to a value of the fake Gmail that applies ({@link FakeGmail}): a {@code GmailSmtpProfile},
 * {@code FakeGmailServer}, {@code GmailAccount}, {@code AppPassword}, {@code jakarta.mail.Session},
 * {@code TestClock}, {@code ImapProfile} or (with {@link FakeGmail#http()}) {@code GmailApiProfile}, optionally with
 * {@link Account}, {@link Ssl} and {@link GmailApiScopes}. The field must not be final. A static
 * {@code GmailApiProfile} field gets a new refresh token after each reset, which revokes the previous one.
 *
 * <p>Static fields are set before all tests from the class's server, and again before each test that uses it
 * (after the reset, so they carry the current app password). This lets frameworks that read configuration from
 * static methods, such as Spring's {@code @DynamicPropertySource}, use the profile without system properties; fix
 * {@link FakeGmail#appPassword()} when the framework keeps the password across tests. Instance fields are set
 * before each test, from the server that test uses.
 *
 * <p>A static field exists once per JVM: declare it in the test class itself, not in a superclass shared by test
 * classes that run in parallel (it would hold the values of whichever class set it last).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(FakeGmailExtension.class)
public @interface InjectGmail {
}
