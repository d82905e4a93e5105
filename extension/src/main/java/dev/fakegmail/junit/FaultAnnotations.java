package dev.fakegmail.junit;

import dev.fakegmail.server.Fault;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.FaultRule;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Plans the {@link InjectFault} faults of a test (its classes' first, then its method's) on the test's server. */
final class FaultAnnotations {
    private FaultAnnotations() {
    }

    static void apply(ExtensionContext test, Optional<ActiveGmail> gmail) {
        List<InjectFault> declared = new ArrayList<>();
        List<AnnotatedElement> elements = new ArrayList<>();
        for (Class<?> c = test.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
            elements.add(0, c);
        }
        elements.add(test.getRequiredTestMethod());
        for (AnnotatedElement element : elements) {
            declared.addAll(AnnotationSupport.findRepeatableAnnotations(element, InjectFault.class));
        }
        if (declared.isEmpty()) {
            return;
        }
        FakeGmailServer server = gmail.orElseThrow(() -> new ExtensionConfigurationException("@InjectFault on "
                + Names.of(test.getRequiredTestMethod()) + " needs a fake Gmail, but no @FakeGmail applies to it. "
                + "Annotate the class or method with @FakeGmail.")).server();
        declared.forEach(fault -> plan(server, fault, test));
    }

    private static void plan(FakeGmailServer server, InjectFault fault, ExtensionContext test) {
        if (fault.occurrence() < 1) {
            throw new ExtensionConfigurationException("@InjectFault(occurrence = " + fault.occurrence() + ") on "
                    + Names.of(test.getRequiredTestMethod()) + ": occurrences count from 1 (the first in the test). "
                    + "Use occurrence = 1 or more, or always = true.");
        }
        FaultRule rule = server.faults().on(fault.stage());
        rule = fault.always() ? rule.always() : rule.nth(fault.occurrence());
        rule = fault.account().isEmpty() ? rule : rule.forAccount(fault.account());
        rule.inject(Fault.gmail(fault.value()));
    }
}
