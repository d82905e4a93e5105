package dev.fakegmail.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test fixture: the one rule for the other modules, that only fake-server may use
 * {@code dev.fakegmail.server.internal}; their main and test code use the API. Shipped to their tests in
 * {@code fake-gmail-server}'s test jar; each module's {@code InternalBoundaryTest} calls {@link #assertUnusedBy}.
 */
public final class InternalBoundary {
    private InternalBoundary() {
    }

    /**
     * Fails when a class of the module that compiled {@code anyTestClassOfTheModule} depends on a type of
     * {@code dev.fakegmail.server.internal}. Reads that module's own class folders ({@code target/classes},
     * {@code target/test-classes}), not the whole class path.
     *
     * @throws IllegalArgumentException when the class was not loaded from a {@code test-classes} folder
     */
    public static void assertUnusedBy(Class<?> anyTestClassOfTheModule) {
        Path testClasses = testClassesOf(anyTestClassOfTheModule);
        JavaClasses here = new ClassFileImporter().importPaths(testClasses, testClasses.resolveSibling("classes"));

        noClasses().should().dependOnClassesThat().resideInAPackage("dev.fakegmail.server.internal..")
                .because("dev.fakegmail.server.internal is not API; use the dev.fakegmail.server types")
                .check(here);
    }

    private static Path testClassesOf(Class<?> type) {
        Path location;
        try {
            location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot locate the class folder of " + type.getName(), e);
        }
        if (!Files.isDirectory(location) || !location.endsWith("test-classes")) {
            throw new IllegalArgumentException("InternalBoundary.assertUnusedBy(" + type.getName() + ".class) expected"
                    + " a test class of the module, loaded from its target/test-classes folder, but it was loaded from "
                    + location + ". Pass one of the module's own test classes");
        }
        return location;
    }
}
