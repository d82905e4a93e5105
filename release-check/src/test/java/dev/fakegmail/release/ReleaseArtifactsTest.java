package dev.fakegmail.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Maven Central requires of a release, checked on the jars this build just made: a main, a sources and a
 * Javadoc jar per published module, the LICENSE inside, and poms (the module's and the parent it inherits from)
 * that name the project, its URL, licence, SCM and developers. Runs in {@code mvn -B -Prelease verify}, after the
 * published modules were packaged; Maven runs tests in the module's folder, so the project is {@code ..}.
 */
class ReleaseArtifactsTest {
    private static final Path ROOT = Path.of("..");

    static Stream<Module> publishedModules() throws IOException {
        String version = Pom.read(ROOT.resolve("pom.xml")).text("/project/version");
        return Stream.of(new Module("fake-server", "fake-gmail-server", version),
                new Module("http", "fake-gmail-http", version),
                new Module("extension", "fake-gmail-junit-jupiter", version));
    }

    @ParameterizedTest
    @MethodSource("publishedModules")
    void theMainJarHoldsTheClassesTheLicenseAndAModuleName(Module module) throws IOException {
        try (JarFile jar = module.jar("")) {
            assertThat(names(jar)).as("entries of " + jar.getName())
                    .contains("META-INF/LICENSE")
                    .anyMatch(name -> name.startsWith("dev/fakegmail/") && name.endsWith(".class"));
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .as("Automatic-Module-Name in the manifest of " + jar.getName()).startsWith("dev.fakegmail.");
        }
    }

    @ParameterizedTest
    @MethodSource("publishedModules")
    void theSourcesJarHoldsTheSourceOfEveryTopLevelClassAndTheLicense(Module module) throws IOException {
        try (JarFile main = module.jar(""); JarFile sources = module.jar("-sources")) {
            Set<String> expected = names(main).stream().filter(name -> name.endsWith(".class") && !name.contains("$")
                    && !name.endsWith("module-info.class")).map(name -> name.replace(".class", ".java"))
                    .collect(Collectors.toSet());
            assertThat(names(sources)).as("entries of " + sources.getName()).contains("META-INF/LICENSE")
                    .containsAll(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("publishedModules")
    void theJavadocJarDocumentsThePublicPackagesAndNoInternalOne(Module module) throws IOException {
        try (JarFile javadoc = module.jar("-javadoc")) {
            List<String> names = names(javadoc);
            assertThat(names).as("entries of " + javadoc.getName()).contains("index.html")
                    .anyMatch(name -> name.contains("dev/fakegmail/") && name.endsWith("/package-summary.html"))
                    .noneMatch(name -> name.contains("/internal/"));
        }
    }

    @ParameterizedTest
    @MethodSource("publishedModules")
    void everyJarIsReproducibleEveryEntryCarriesOneTimestamp(Module module) throws IOException {
        for (String classifier : List.of("", "-sources", "-javadoc")) {
            try (JarFile jar = module.jar(classifier)) {
                Set<Long> times = jar.stream().map(ZipEntry::getTime).collect(Collectors.toSet());
                assertThat(times).as("modification times of the entries of %s (project.build.outputTimestamp "
                        + "makes them one)", jar.getName()).hasSize(1);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("publishedModules")
    void thePomsNameWhatCentralRequires(Module module) throws IOException {
        Pom pom = Pom.read(ROOT.resolve(module.folder()).resolve("pom.xml"));
        Pom parent = Pom.read(ROOT.resolve("pom.xml"));

        assertThat(pom.text("/project/artifactId")).isEqualTo(module.artifactId());
        assertThat(pom.text("/project/name")).as("<name> of " + module.folder()).isNotBlank();
        assertThat(pom.text("/project/description")).as("<description> of " + module.folder()).isNotBlank();
        assertThat(pom.text("/project/parent/artifactId")).isEqualTo(parent.text("/project/artifactId"));
        for (Pom published : List.of(pom, parent)) {
            Pom effective = published == pom ? pom.inheriting(parent) : parent;
            assertThat(effective.text("/project/url")).as("<url>").startsWith("https://github.com/fake-gmail/");
            assertThat(effective.text("/project/licenses/license/name")).as("<licenses>").isEqualTo("Apache-2.0");
            assertThat(effective.text("/project/licenses/license/url")).as("<licenses> url").startsWith("https://");
            assertThat(effective.text("/project/scm/url")).as("<scm><url>").startsWith("https://github.com/fake-gmail/");
            assertThat(effective.text("/project/scm/connection")).as("<scm><connection>").startsWith("scm:git:");
            assertThat(effective.text("/project/developers/developer/name")).as("<developers>").isNotBlank();
        }
        assertThat(parent.text("/project/properties/project.build.outputTimestamp"))
                .as("project.build.outputTimestamp of the parent pom").isNotBlank();
        assertThat(ROOT.resolve("LICENSE")).content().contains("Apache License", "Version 2.0");
    }

    private static List<String> names(JarFile jar) {
        return jar.stream().map(ZipEntry::getName).toList();
    }

    /** A published module: its folder and the artifact its build produces. */
    record Module(String folder, String artifactId, String version) {
        JarFile jar(String classifier) throws IOException {
            Path file = ROOT.resolve(folder).resolve("target").resolve(artifactId + "-" + version + classifier + ".jar");
            assertThat(file).as("the %s jar of %s (run mvn -B -Prelease verify)",
                    classifier.isEmpty() ? "main" : classifier.substring(1), artifactId).isRegularFile();
            return new JarFile(file.toFile());
        }

        @Override
        public String toString() {
            return artifactId;
        }
    }
}
