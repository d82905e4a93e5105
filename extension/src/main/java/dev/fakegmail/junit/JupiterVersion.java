package dev.fakegmail.junit;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The oldest JUnit the extension runs on, checked before it does anything, so that an older one fails at once with
 * the fix instead of a {@code NoSuchMethodError} deep inside a test: JUnit 5.9 (the JUnit of Spring Boot 3.0 and 3.1
 * parents) lacks {@code AnnotationSupport.findAnnotatedFields(Class, Class, Predicate)} of JUnit 5.10. The versions
 * are read from the jars' manifests; a jar without one (repackaged) is not judged.
 */
final class JupiterVersion {
    /** The version a Spring Boot parent or a BOM import is told to use. */
    static final String RECOMMENDED = "5.14.4";
    private static final Optional<String> PROBLEM =
            problem(versionOf(ExtensionContext.class), versionOf(AnnotationSupport.class));

    private JupiterVersion() {
    }

    /** Fails when the JUnit on the class path is older than 5.10. */
    static void requireSupported() {
        if (PROBLEM.isPresent()) {
            throw new ExtensionConfigurationException(PROBLEM.get());
        }
    }

    /** What is wrong with JUnit Jupiter {@code jupiter} and JUnit Platform Commons {@code commons}, if anything. */
    static Optional<String> problem(Optional<String> jupiter, Optional<String> commons) {
        boolean old = jupiter.filter(version -> olderThan(version, 5, 10)).isPresent()
                || commons.filter(version -> olderThan(version, 1, 10)).isPresent();
        if (!old) {
            return Optional.empty();
        }
        return Optional.of("@FakeGmail needs JUnit Jupiter 5.10 or later (JUnit 6 too), but the test class path has "
                + "JUnit Jupiter " + jupiter.orElse("of an unknown version") + " with junit-platform-commons "
                + commons.orElse("of an unknown version") + ". With a Spring Boot parent, set <junit-jupiter.version>"
                + RECOMMENDED + "</junit-jupiter.version> in your pom's <properties>; otherwise import "
                + "org.junit:junit-bom " + RECOMMENDED + " in <dependencyManagement>.");
    }

    /** Whether {@code version} ("5.9.3", "1.10.0-RC1") is below {@code major.minor} within the same major line. */
    private static boolean olderThan(String version, int major, int minor) {
        String[] parts = version.split("[.-]");
        try {
            int foundMajor = Integer.parseInt(parts[0]);
            int foundMinor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return foundMajor < major || foundMajor == major && foundMinor < minor;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<String> versionOf(Class<?> type) {
        return Optional.ofNullable(type.getPackage()).map(Package::getImplementationVersion);
    }
}
