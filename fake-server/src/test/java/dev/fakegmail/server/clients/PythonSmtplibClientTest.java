package dev.fakegmail.server.clients;

import static dev.fakegmail.server.clients.ClientFixture.ACCOUNT_PASSWORD;
import static dev.fakegmail.server.clients.ClientFixture.ADDRESS;
import static dev.fakegmail.server.clients.ClientFixture.APP_PASSWORD;
import static dev.fakegmail.server.clients.ClientFixture.RECIPIENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.clients.ExternalTool.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python's smtplib as a real SMTP client: {@code SMTP} + {@code starttls(context=...)} and {@code SMTP_SSL}, with
 * {@code ssl.create_default_context(cafile=...)}, which verifies the chain and the host name.
 */
@Tag("integration")
class PythonSmtplibClientTest {
    private static final String SCRIPT = """
            import smtplib, ssl, sys
            from email.message import EmailMessage

            mode, port, cafile, user, password, subject = sys.argv[1:7]
            context = ssl.create_default_context(cafile=cafile or None)
            message = EmailMessage()
            message["From"] = user
            message["To"] = "%s"
            message["Subject"] = subject
            message.set_content("Sent by smtplib.")
            try:
                if mode == "starttls":
                    client = smtplib.SMTP("localhost", int(port), timeout=50)
                    client.starttls(context=context)
                else:
                    client = smtplib.SMTP_SSL("localhost", int(port), timeout=50, context=context)
                with client:
                    client.login(user, password)
                    client.send_message(message)
            except smtplib.SMTPAuthenticationError as e:
                print("auth failed:", e.smtp_code, e.smtp_error.decode())
                sys.exit(3)
            except ssl.SSLCertVerificationError as e:
                print("certificate refused:", e.verify_message)
                sys.exit(4)
            """.formatted(RECIPIENT);

    @TempDir
    Path dir;

    private ClientFixture fixture;
    private Path script;

    @BeforeEach
    void start() throws Exception {
        ExternalTool.assumeInstalled("python3", "python3");
        fixture = ClientFixture.start(dir);
        script = Files.writeString(dir.resolve("send.py"), SCRIPT, StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void sendsOverStartTls() throws Exception {
        Result result = python("starttls", fixture.gmail.smtpPort(), fixture.caFile.toString(), APP_PASSWORD,
                "smtplib over STARTTLS");

        assertThat(result.exitCode()).as(result.output()).isZero();
        ReceivedMessage received = fixture.theMessage();
        assertThat(received.subject()).isEqualTo("smtplib over STARTTLS");
        assertThat(received.envelope().account()).isEqualTo(ADDRESS);
        assertThat(received.envelope().mailFrom()).isEqualTo(ADDRESS);
        assertThat(received.envelope().recipients()).containsExactly(RECIPIENT);
        assertThat(received.text()).isEqualTo("Sent by smtplib.\r\n");
    }

    @Test
    void sendsOverImplicitTls() throws Exception {
        Result result = python("ssl", fixture.gmail.sslPort(), fixture.caFile.toString(), APP_PASSWORD,
                "smtplib over implicit TLS");

        assertThat(result.exitCode()).as(result.output()).isZero();
        ReceivedMessage received = fixture.theMessage();
        assertThat(received.subject()).isEqualTo("smtplib over implicit TLS");
        assertThat(received.envelope().recipients()).containsExactly(RECIPIENT);
    }

    @Test
    void theAccountPasswordGetsGmails534() throws Exception {
        Result result = python("starttls", fixture.gmail.smtpPort(), fixture.caFile.toString(), ACCOUNT_PASSWORD,
                "refused");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
        assertThat(result.output()).contains("auth failed: 534 5.7.9 Application-specific password required.");
        assertThat(fixture.gmail.receivedMessages()).isEmpty();
    }

    @Test
    void withoutTheTestCaTheCertificateIsRefused() throws Exception {
        Result result = python("ssl", fixture.gmail.sslPort(), "", APP_PASSWORD, "untrusted");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(4);
        assertThat(fixture.gmail.receivedMessages()).isEmpty();
    }

    private Result python(String mode, int port, String caFile, String password, String subject) throws Exception {
        return ExternalTool.run(dir, "", "python3", script.toString(), mode, Integer.toString(port), caFile, ADDRESS,
                password, subject);
    }
}
