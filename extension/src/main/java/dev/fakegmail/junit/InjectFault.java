package dev.fakegmail.junit;

import dev.fakegmail.server.GmailFault;
import dev.fakegmail.server.Stage;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plans one of Gmail's failures for a test, the common case of {@code gmail.faults().on(stage)…inject(…)}:
 *
 * <pre>{@code
 * @Test
 * @InjectFault(stage = Stage.DATA, value = GmailFault.RATE_LIMITED)
 * void retriesAfter421(GmailSmtpProfile profile, FakeGmailServer gmail) { … }
 * }</pre>
 *
 * <p>On a test method it applies to that test; on a test class to each of its tests. Planned after the per-test
 * reset, so it never leaks into another test. Repeatable. For delays, dropped connections, custom replies and TLS
 * failures use {@code gmail.faults()} in the test.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(InjectFaults.class)
@ExtendWith(FakeGmailExtension.class)
public @interface InjectFault {

    /** Where the fault strikes. */
    Stage stage();

    /** Which of Gmail's failures. */
    GmailFault value();

    /** Which occurrence of the stage it strikes, counting from 1 (the first in the test). Default 1. */
    int occurrence() default 1;

    /** Whether it strikes every occurrence instead of one. Default false. */
    boolean always() default false;

    /** Only sessions of this account. Default {@code ""}: any account. */
    String account() default "";
}
