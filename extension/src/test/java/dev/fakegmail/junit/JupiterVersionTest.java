package dev.fakegmail.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JUnit 5.9 fails at once with the fix (the compatibility row {@code junit-5.9-too-old} runs it for real); 5.10 to
 * 6.x pass. The versions are those of junit-jupiter-api and junit-platform-commons.
 */
class JupiterVersionTest {

    @Test
    void junit59IsRefusedNamingTheVersionFoundTheVersionNeededAndTheFix() {
        assertThat(JupiterVersion.problem(Optional.of("5.9.3"), Optional.of("1.9.3"))).hasValue("@FakeGmail needs "
                + "JUnit Jupiter 5.10 or later (JUnit 6 too), but the test class path has JUnit Jupiter 5.9.3 with "
                + "junit-platform-commons 1.9.3. With a Spring Boot parent, set "
                + "<junit-jupiter.version>5.14.4</junit-jupiter.version> in your pom's <properties>; otherwise import "
                + "org.junit:junit-bom 5.14.4 in <dependencyManagement>.");
    }

    @Test
    void anOldPlatformBesideANewJupiterIsRefusedToo() {
        assertThat(JupiterVersion.problem(Optional.of("5.14.4"), Optional.of("1.9.2"))).get().asString()
                .contains("but the test class path has JUnit Jupiter 5.14.4 with junit-platform-commons 1.9.2.");
    }

    @ParameterizedTest(name = "Jupiter {0}, commons {1}")
    @CsvSource({"5.10.0, 1.10.0", "5.10.0-RC1, 1.10.0-RC1", "5.12.2, 1.12.2", "5.14.4, 1.14.4", "6.0.3, 6.0.3",
            "6.1.3, 6.1.3"})
    void fiveTenAndLaterAreAccepted(String jupiter, String commons) {
        assertThat(JupiterVersion.problem(Optional.of(jupiter), Optional.of(commons))).isEmpty();
    }

    @Test
    void jarsWithoutAVersionAreNotJudged() {
        assertThat(JupiterVersion.problem(Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void theJUnitOfThisBuildIsAccepted() {
        assertThatCode(JupiterVersion::requireSupported).doesNotThrowAnyException();
    }
}
