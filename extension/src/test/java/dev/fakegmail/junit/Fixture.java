package dev.fakegmail.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that exists to be run by {@link Fixtures} through the EngineTestKit. It is disabled
 * everywhere else (Surefire, an IDE running the package): it runs only when the configuration parameter
 * {@value Fixtures#ENABLED} is {@code true}, which only {@link Fixtures} sets. Configuration parameters belong to
 * one launcher, so this is safe while other tests run in parallel (unlike a system property).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Fixture.OnlyInTestKit.class)
public @interface Fixture {

    /** Enables fixture classes only inside {@link Fixtures#run}. */
    final class OnlyInTestKit implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<Boolean> enabled = context.getConfigurationParameter(Fixtures.ENABLED, Boolean::parseBoolean);
            return enabled.orElse(false)
                    ? ConditionEvaluationResult.enabled("run by the EngineTestKit")
                    : ConditionEvaluationResult.disabled("a fixture, run only through Fixtures.run");
        }
    }
}
