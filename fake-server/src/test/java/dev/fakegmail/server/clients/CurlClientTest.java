package dev.fakegmail.server.clients;

import static dev.fakegmail.server.clients.ClientFixture.ADDRESS;
import static dev.fakegmail.server.clients.ClientFixture.APP_PASSWORD_COMPACT;
import static dev.fakegmail.server.clients.ClientFixture.RECIPIENT;
import static dev.fakegmail.server.clients.ClientFixture.WRONG_APP_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.clients.ExternalTool.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * curl as a real SMTP client: {@code smtp://} with {@code --ssl-reqd} (STARTTLS) and {@code smtps://} (implicit
 * TLS), verifying the chain and the host name against the test CA with {@code --cacert}.
 */
@Tag("integration")
class CurlClientTest {
    @TempDir
    Path dir;

    private ClientFixture fixture;

    @BeforeEach
    void start() throws Exception {
        ExternalTool.assumeInstalled("curl", "curl");
        fixture = ClientFixture.start(dir);
    }

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @ParameterizedTest(name = "AUTH={0}")
    @ValueSource(strings = {"PLAIN", "LOGIN"})
    void sendsOverStartTls(String mechanism) throws Exception {
        Result result = curl("smtp://localhost:" + fixture.gmail.smtpPort(), APP_PASSWORD_COMPACT, "curl over STARTTLS",
                "--ssl-reqd", "--cacert", fixture.caFile.toString(), "--login-options", "AUTH=" + mechanism);

        assertThat(result.exitCode()).as(result.output()).isZero();
        ReceivedMessage received = fixture.theMessage();
        assertThat(received.subject()).isEqualTo("curl over STARTTLS");
        assertThat(received.envelope().account()).isEqualTo(ADDRESS);
        assertThat(received.envelope().mailFrom()).isEqualTo(ADDRESS);
        assertThat(received.envelope().recipients()).containsExactly(RECIPIENT);
        assertThat(received.authMechanism()).isEqualTo(mechanism);
        assertThat(received.text()).isEqualTo("Sent by a third-party client.\r\n");
    }

    @Test
    void sendsOverImplicitTls() throws Exception {
        Result result = curl("smtps://localhost:" + fixture.gmail.sslPort(), APP_PASSWORD_COMPACT,
                "curl over implicit TLS", "--cacert", fixture.caFile.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        ReceivedMessage received = fixture.theMessage();
        assertThat(received.subject()).isEqualTo("curl over implicit TLS");
        assertThat(received.envelope().recipients()).containsExactly(RECIPIENT);
        assertThat(received.tlsProtocol()).startsWith("TLSv1.");
    }

    @Test
    void aWrongAppPasswordIsDeniedWithGmails535() throws Exception {
        Result result = curl("smtp://localhost:" + fixture.gmail.smtpPort(), WRONG_APP_PASSWORD, "refused",
                "--ssl-reqd", "--cacert", fixture.caFile.toString(), "-v");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(67);
        assertThat(result.output()).contains("< 535-5.7.8 Username and Password not accepted.");
        assertThat(fixture.gmail.receivedMessages()).isEmpty();
    }

    @Test
    void withoutTheTestCaCurlRefusesTheCertificate() throws Exception {
        Result result = curl("smtps://localhost:" + fixture.gmail.sslPort(), APP_PASSWORD_COMPACT, "untrusted");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(60);
        assertThat(fixture.gmail.receivedMessages()).isEmpty();
    }

    private Result curl(String url, String password, String subject, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("curl", "-q", "-sS", "--max-time", "50", "--url", url,
                "--user", ADDRESS + ":" + password, "--mail-from", ADDRESS, "--mail-rcpt", RECIPIENT,
                "-T", fixture.messageFile(subject).toString()));
        command.addAll(List.of(options));
        return ExternalTool.run(dir, "", command.toArray(String[]::new));
    }
}
