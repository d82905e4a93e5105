package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The HTTP side is its own artifact, fake-gmail-http, which this module's test class path does not have: the SMTP
 * server runs without it, and asking for HTTP names the dependency to add.
 */
class WithoutHttpSideTest {

    @Test
    void smtpRunsAndHttpNamesTheArtifactToAdd() {
        try (FakeGmailServer smtpOnly = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).build().start()) {
            assertThat(smtpOnly.smtpPort()).isPositive();
        }
        FakeGmailServer withHttp = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).httpPort(0).build();
        String version = HttpSides.version();
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThatThrownBy(withHttp::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The fake Gmail's HTTP side (builder().http(true) or httpPort(n)) is not on the class path."
                        + " Add the test dependency dev.fakegmail:fake-gmail-http:" + version + " (Maven:"
                        + " <groupId>dev.fakegmail</groupId><artifactId>fake-gmail-http</artifactId>; Gradle:"
                        + " testImplementation(\"dev.fakegmail:fake-gmail-http:" + version + "\")), or leave HTTP"
                        + " off.");
    }

    @Test
    void theBuilderChecksAllowedHostsAndCorsOrigins() {
        assertThatThrownBy(() -> FakeGmailServer.builder().allowedHosts("http://mail.test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An allowed host must be a host name such as mail.test (no scheme, port or path), but was"
                        + " 'http://mail.test'");
        assertThatThrownBy(() -> FakeGmailServer.builder().corsOrigins("localhost:3000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A CORS origin must be scheme://host[:port], such as http://localhost:3000, but was"
                        + " 'localhost:3000'");
        assertThatThrownBy(() -> FakeGmailServer.builder().corsOrigins("http://localhost:3000/app"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("but was 'http://localhost:3000/app'");
    }
}
