package dev.fakegmail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OAuth scopes of the refresh token in an injected {@code GmailApiProfile}; without it the token has Gmail's
 * full scope {@code https://mail.google.com/}. The Gmail API door checks them per method as Google does, so a test
 * can give its application a token that may read but not send:
 *
 * <pre>{@code
 * @Test
 * void readsOnly(@GmailApiScopes("https://www.googleapis.com/auth/gmail.readonly") GmailApiProfile readonly)
 * }</pre>
 *
 * <p>On a field it needs {@link InjectGmail}; on anything but a {@code GmailApiProfile} it is an error.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(FakeGmailExtension.class)
public @interface GmailApiScopes {

    /** The scopes, each one URL, e.g. {@code https://www.googleapis.com/auth/gmail.send}; at least one. */
    String[] value();
}
