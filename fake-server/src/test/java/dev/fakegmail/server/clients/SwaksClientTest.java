package dev.fakegmail.server.clients;

import static dev.fakegmail.server.clients.ClientFixture.ADDRESS;
import static dev.fakegmail.server.clients.ClientFixture.APP_PASSWORD;
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

/**
 * swaks as a real SMTP client: {@code --tls} (STARTTLS) and {@code --tls-on-connect} (implicit TLS), with
 * {@code --tls-verify --tls-ca-path} so that the chain must verify against the test CA. swaks 20201014 (Debian 12)
 * verifies the chain but not the host name; newer versions add {@code --tls-verify-host}.
 */
@Tag("integration")
class SwaksClientTest {
    @TempDir
    Path dir;

    private ClientFixture fixture;

    @BeforeEach
    void start() throws Exception {
        ExternalTool.assumeInstalled("swaks", "swaks");
        fixture = ClientFixture.start(dir);
    }

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void sendsOverStartTlsWithAuthPlain() throws Exception {
        Result result = swaks(fixture.gmail.smtpPort(), "--tls", "PLAIN", APP_PASSWORD, "swaks over STARTTLS",
                "--tls-ca-path", fixture.caFile.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        ReceivedMessage received = fixture.theMessage();
        assertThat(received.subject()).isEqualTo("swaks over STARTTLS");
        assertThat(received.envelope().account()).isEqualTo(ADDRESS);
        assertThat(received.envelope().mailFrom()).isEqualTo(ADDRESS);
        assertThat(received.envelope().recipients()).containsExactly(RECIPIENT);
        assertThat(received.authMechanism()).isEqualTo("PLAIN");
    }

    @Test
    void sendsOverImplicitTlsWithAuthLogin() throws Exception {
        Result result = swaks(fixture.gmail.sslPort(), "--tls-on-connect", "LOGIN", APP_PASSWORD,
                "swaks over implicit TLS", "--tls-ca-path", fixture.caFile.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        ReceivedMessage received = fixture.theMessage();
        assertThat(received.subject()).isEqualTo("swaks over implicit TLS");
        assertThat(received.envelope().recipients()).containsExactly(RECIPIENT);
        assertThat(received.authMechanism()).isEqualTo("LOGIN");
    }

    @Test
    void aWrongAppPasswordFailsAuthWithGmails535() throws Exception {
        Result result = swaks(fixture.gmail.smtpPort(), "--tls", "PLAIN", WRONG_APP_PASSWORD, "refused",
                "--tls-ca-path", fixture.caFile.toString());

        assertThat(result.exitCode()).as(result.output()).isEqualTo(28);
        assertThat(result.output()).contains("535-5.7.8 Username and Password not accepted.");
        assertThat(fixture.gmail.receivedMessages()).isEmpty();
    }

    @Test
    void withoutTheTestCaTheTlsStartFails() throws Exception {
        Result result = swaks(fixture.gmail.smtpPort(), "--tls", "PLAIN", APP_PASSWORD, "untrusted");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(29);
        assertThat(result.output()).contains("certificate verify failed");
        assertThat(fixture.gmail.receivedMessages()).isEmpty();
    }

    private Result swaks(int port, String tls, String mechanism, String password, String subject,
                         String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("swaks", "--server", "localhost", "--port",
                Integer.toString(port), tls, "--tls-verify", "--auth", mechanism, "--auth-user", ADDRESS,
                "--auth-password", password, "--from", ADDRESS, "--to", RECIPIENT, "--header", "Subject: " + subject,
                "--body", "Sent by swaks.", "--timeout", "50"));
        command.addAll(List.of(options));
        return ExternalTool.run(dir, "", command.toArray(String[]::new));
    }
}
