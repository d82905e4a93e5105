package dev.fakegmail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Selects the Google Account an injected {@code GmailSmtpProfile}, {@code GmailAccount}, {@code AppPassword},
 * {@code jakarta.mail.Session}, {@code ImapProfile}, {@code jakarta.mail.Store} or {@code GmailApiProfile} belongs
 * to, when {@link FakeGmail#accounts()} configures several. Without it, the first (default) account is used.
 *
 * <pre>{@code
 * @Test
 * void forwards(@Account("alice@gmail.com") GmailSmtpProfile alice, @Account("bob@gmail.com") GmailAccount bob)
 * }</pre>
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(FakeGmailExtension.class)
public @interface Account {

    /** The account's address as configured in {@link FakeGmail#accounts()} (compared ignoring case). */
    String value();
}
