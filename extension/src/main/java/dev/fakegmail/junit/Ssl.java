package dev.fakegmail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Asks for the SSL (implicit TLS, Gmail's port 465) variant of an injected {@code GmailSmtpProfile} or
 * {@code jakarta.mail.Session}, whatever {@link FakeGmail#type()} says.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(FakeGmailExtension.class)
public @interface Ssl {
}
