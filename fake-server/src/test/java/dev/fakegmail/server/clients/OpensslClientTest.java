package dev.fakegmail.server.clients;

import static dev.fakegmail.server.clients.ClientFixture.ADDRESS;
import static dev.fakegmail.server.clients.ClientFixture.APP_PASSWORD_COMPACT;
import static dev.fakegmail.server.clients.ClientFixture.RECIPIENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.clients.ExternalTool.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code openssl s_client} as a hand-typed SMTP session: {@code -starttls smtp} on the submission port and plain
 * {@code -connect} on the implicit-TLS port, with {@code -CAfile}, {@code -verify_hostname localhost} and
 * {@code -verify_return_error}, so that a certificate that does not verify ends the handshake.
 */
@Tag("integration")
class OpensslClientTest {
    @TempDir
    Path dir;

    private ClientFixture fixture;

    @BeforeEach
    void start() throws Exception {
        ExternalTool.assumeInstalled("openssl", "openssl");
        fixture = ClientFixture.start(dir);
    }

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void sendsOverStartTls() throws Exception {
        try (OpensslDialog session = OpensslDialog.start(dir, sClient(fixture.gmail.smtpPort(), true, "localhost",
                true))) {
            send(session, "openssl over STARTTLS");

            assertThat(session.finish()).as(session.transcript()).isZero();
            assertThat(session.transcript()).contains("verify return:1");
        }
        ReceivedMessage received = fixture.theMessage();
        assertThat(received.subject()).isEqualTo("openssl over STARTTLS");
        assertThat(received.envelope().account()).isEqualTo(ADDRESS);
        assertThat(received.envelope().mailFrom()).isEqualTo(ADDRESS);
        assertThat(received.envelope().recipients()).containsExactly(RECIPIENT);
        assertThat(received.text()).isEqualTo(".A line that starts with a dot.\r\n");
    }

    @Test
    void sendsOverImplicitTls() throws Exception {
        try (OpensslDialog session = OpensslDialog.start(dir, sClient(fixture.gmail.sslPort(), false, "localhost",
                true))) {
            assertThat(session.reply()).startsWith("220 smtp.gmail.com ESMTP ");
            send(session, "openssl over implicit TLS");

            assertThat(session.finish()).as(session.transcript()).isZero();
        }
        ReceivedMessage received = fixture.theMessage();
        assertThat(received.subject()).isEqualTo("openssl over implicit TLS");
        assertThat(received.envelope().recipients()).containsExactly(RECIPIENT);
    }

    @Test
    void withoutTheTestCaTheHandshakeFails() throws Exception {
        Result result = ExternalTool.run(dir, "",
                sClient(fixture.gmail.smtpPort(), true, "localhost", false).toArray(String[]::new));

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("verify error:num=19:self-signed certificate in certificate chain");
    }

    @Test
    void anotherHostNameFailsVerification() throws Exception {
        Result result = ExternalTool.run(dir, "",
                sClient(fixture.gmail.sslPort(), false, "smtp.example.com", true).toArray(String[]::new));

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("verify error:num=62:hostname mismatch");
    }

    private List<String> sClient(int port, boolean startTls, String hostName, boolean trustTheCa) {
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect", "localhost:" + port,
                "-verify_hostname", hostName, "-verify_return_error", "-quiet", "-no_ign_eof", "-nocommands"));
        if (startTls) {
            command.addAll(List.of("-starttls", "smtp"));
        }
        if (trustTheCa) {
            command.addAll(List.of("-CAfile", fixture.caFile.toString()));
        }
        return command;
    }

    private static void send(OpensslDialog session, String subject) throws Exception {
        String plain = Base64.getEncoder().encodeToString(
                ("\0" + ADDRESS + "\0" + APP_PASSWORD_COMPACT).getBytes(StandardCharsets.UTF_8));
        assertThat(session.command("EHLO client.example")).startsWith("250-smtp.gmail.com at your service")
                .contains("250-AUTH LOGIN PLAIN ").doesNotContain("STARTTLS");
        assertThat(session.command("AUTH PLAIN " + plain)).startsWith("235 2.7.0 Accepted");
        assertThat(session.command("MAIL FROM:<" + ADDRESS + ">")).startsWith("250 2.1.0 OK");
        assertThat(session.command("RCPT TO:<" + RECIPIENT + ">")).startsWith("250 2.1.5 OK");
        assertThat(session.command("DATA")).startsWith("354  Go ahead");
        session.send("From: " + ADDRESS);
        session.send("To: " + RECIPIENT);
        session.send("Subject: " + subject);
        session.send("");
        session.send("..A line that starts with a dot.");
        assertThat(session.command(".")).startsWith("250 2.0.0 OK  ");
    }
}
