package dev.fakegmail.samples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Only fake-server may use {@code dev.fakegmail.server.internal}; this module, main and test code, uses the API. Reads
 * this module's own class folders ({@code target/classes}, {@code target/test-classes}), not the whole class path.
 */
class InternalBoundaryTest {

    @Test
    void nothingHereUsesTheServersInternalPackages() throws Exception {
        Path testClasses = Path.of(InternalBoundaryTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JavaClasses here = new ClassFileImporter().importPaths(testClasses, testClasses.resolveSibling("classes"));

        noClasses().should().dependOnClassesThat().resideInAPackage("dev.fakegmail.server.internal..")
                .because("dev.fakegmail.server.internal is not API; use the dev.fakegmail.server types")
                .check(here);
    }
}
