package dev.fakegmail.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Dependencies flow one way: the core knows neither Jackson nor the HTTP side that attaches to it (README, "Add it to
 * your build": the HTTP side is the separate artifact fake-gmail-http).
 */
class CoreDependenciesTest {
    @Test
    void theCoreImportsNeitherJacksonNorTheHttpSide() throws Exception {
        Path testClasses = Path.of(CoreDependenciesTest.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        JavaClasses core = new ClassFileImporter().importPath(testClasses.resolveSibling("classes"));

        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "dev.fakegmail.http..",
                        "com.sun.net.httpserver..")
                .because("the HTTP side is fake-gmail-http, found through HttpSide and ServiceLoader")
                .check(core);
    }
}
