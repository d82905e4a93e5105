package dev.fakegmail.server.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.Managers;
import jakarta.activation.DataSource;
import jakarta.mail.Session;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * GreenMail's SLF4J warning in a build with no logging backend: a fresh JVM with the server's class path minus any
 * SLF4J backend stores a message and must print nothing about SLF4J, while the same JVM told to report does print
 * SLF4J's warning (so the check can see it).
 */
class QuietSlf4jTest {

    @Test
    void aBuildWithoutALoggingBackendSeesNoSlf4jWarning() throws Exception {
        Run run = storeAMessageInAFreshJvm();

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).as("the fresh JVM's output").doesNotContain("SLF4J")
                .contains("stored 1; verbosity property afterwards: null");
    }

    @Test
    void theWarningIsThereWhenTheUserAsksSlf4jToReport() throws Exception {
        Run run = storeAMessageInAFreshJvm("-D" + QuietSlf4j.VERBOSITY + "=INFO");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("SLF4J(W): No SLF4J providers were found.")
                .contains("stored 1; verbosity property afterwards: INFO");
    }

    @Test
    void slf4j17WithoutABackendStoresTheMessage() throws Exception {
        // GreenMail declared before fake-gmail: Maven picks GreenMail's slf4j-api 1.7.36 over our 2.x
        Run run = storeAMessageOn(classPath(slf4j17("slf4j-api")));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("NoClassDefFoundError").contains("stored 1; verbosity property "
                + "afterwards: null");
    }

    @Test
    void slf4j17WithABindingStoresTheMessageAndLeavesTheBindingAlone() throws Exception {
        Run run = storeAMessageOn(classPath(slf4j17("slf4j-api"), slf4j17("slf4j-simple")));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("NoClassDefFoundError").doesNotContain("SLF4J:")
                .contains("stored 1; verbosity property afterwards: null");
    }

    @Test
    void aBackendOnTheClassPathIsLeftAlone() {
        // this module's tests have slf4j-nop (an SLF4J 2 provider) on their class path, as a user's logback would be
        assertThat(QuietSlf4j.hasBackend()).isTrue();
    }

    private static Run storeAMessageInAFreshJvm(String... jvmOptions) throws IOException, InterruptedException {
        return storeAMessageOn(classPath(LoggerFactory.class), jvmOptions);
    }

    private static Run storeAMessageOn(String classPath, String... jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", classPath, StoreOneMessage.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the fresh JVM ended").isTrue();
        return new Run(process.exitValue(), output);
    }

    /** This module's classes and tests, GreenMail, SLF4J's API, Jakarta Mail, Angus Mail and Activation: no backend. */
    private static String classPath(Class<?> slf4jApi) {
        return classPath(Path.of(location(slf4jApi)));
    }

    /** The same, with the given SLF4J jars instead of this build's SLF4J 2 API. */
    private static String classPath(Path... slf4j) {
        return Stream.concat(Stream.of(MailStore.class, QuietSlf4jTest.class, Managers.class, Session.class,
                                SMTPTransport.class, DataSource.class, activationImplementation())
                        .map(type -> Path.of(location(type))), Stream.of(slf4j))
                .map(Path::toString).distinct().collect(Collectors.joining(File.pathSeparator));
    }

    /** A jar of SLF4J 1.7.36, copied by the build (maven-dependency-plugin, execution slf4j-1.7). */
    private static Path slf4j17(String artifact) {
        Path jar = Path.of("target", "slf4j-1.7", artifact + ".jar");
        assertThat(jar).as("copied by mvn's generate-test-resources phase").isRegularFile();
        return jar;
    }

    private static Class<?> activationImplementation() {
        try {
            return Class.forName("org.eclipse.angus.activation.MimeTypeFile");
        } catch (ClassNotFoundException e) {
            return DataSource.class;
        }
    }

    private static java.net.URI location(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Run(int exitCode, String output) {
    }

    /** The fresh JVM's program: store one message as the server does, and say what is left of the property. */
    static final class StoreOneMessage {
        private StoreOneMessage() {
        }

        public static void main(String[] args) {
            MailStore store = new MailStore();
            store.deliver("user@gmail.com", List.of("bob@example.com"),
                    "Subject: hi\r\n\r\nHello\r\n".getBytes(StandardCharsets.US_ASCII));
            System.out.println("stored " + store.folder("bob@example.com", MailStore.INBOX).size()
                    + "; verbosity property afterwards: " + System.getProperty(QuietSlf4j.VERBOSITY));
        }
    }
}
