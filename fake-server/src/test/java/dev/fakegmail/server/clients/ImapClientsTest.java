package dev.fakegmail.server.clients;

import static dev.fakegmail.server.clients.ClientFixture.ACCOUNT_PASSWORD;
import static dev.fakegmail.server.clients.ClientFixture.ADDRESS;
import static dev.fakegmail.server.clients.ClientFixture.APP_PASSWORD;
import static dev.fakegmail.server.clients.ClientFixture.WRONG_APP_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.clients.ExternalTool.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python's {@code imaplib} and {@code curl imaps://} as real IMAP clients, both verifying the chain and the host name
 * against the test CA (docs/gmail-imap.md §2–§4).
 */
@Tag("integration")
class ImapClientsTest {
    private static final String PYTHON = """
            import imaplib, ssl, sys
            context = ssl.create_default_context(cafile=sys.argv[2])
            imap = imaplib.IMAP4_SSL("localhost", int(sys.argv[1]), ssl_context=context)
            print("WELCOME", imap.welcome.decode())
            try:
                typ, data = imap.login(sys.argv[3], sys.argv[4])
                print("LOGIN", typ, data[0].decode())
            except imaplib.IMAP4.error as e:
                print("REFUSED", e)
                sys.exit(3)
            typ, folders = imap.list()
            for folder in folders:
                print("LIST", folder.decode())
            typ, data = imap.select('"[Gmail]/Sent Mail"', readonly=True)
            print("SENT", data[0].decode())
            typ, data = imap.fetch("1", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
            print("SUBJECT", data[0][1].decode().strip())
            imap.logout()
            """;

    @TempDir
    Path dir;

    private ClientFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = ClientFixture.start(dir);
    }

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void pythonImaplibLogsInListsGmailsFoldersAndReadsSentMail() throws Exception {
        ExternalTool.assumeInstalled("python3", "python3");
        send("read back by imaplib");

        Result result = python(APP_PASSWORD);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains(
                "WELCOME * OK Gimap ready for requests from 127.0.0.1 ",
                "LOGIN OK " + ADDRESS + " authenticated (Success)",
                "LIST (\\HasChildren \\Noselect) \"/\" \"[Gmail]\"",
                "LIST (\\HasNoChildren \\Sent) \"/\" \"[Gmail]/Sent Mail\"",
                "SENT 1",
                "SUBJECT Subject: read back by imaplib");
    }

    @Test
    void pythonImaplibSeesGmailsRefusals() throws Exception {
        ExternalTool.assumeInstalled("python3", "python3");

        Result wrong = python(WRONG_APP_PASSWORD);
        Result accountPassword = python(ACCOUNT_PASSWORD);

        assertThat(wrong.exitCode()).as(wrong.output()).isEqualTo(3);
        assertThat(wrong.output()).contains("REFUSED b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'");
        assertThat(accountPassword.output()).contains("REFUSED b'[ALERT] Application-specific password required:"
                + " https://support.google.com/accounts/answer/185833 (Failure)'");
    }

    @Test
    void curlImapsListsTheInboxOfTheAccount() throws Exception {
        ExternalTool.assumeInstalled("curl", "curl");
        send("read back by curl");

        Result listing = ExternalTool.run(dir, "", "curl", "-sS", "--cacert", fixture.caFile.toString(),
                "--user", ADDRESS + ":" + APP_PASSWORD.replace(" ", ""),
                "imaps://localhost:" + fixture.gmail.imapPort() + "/");
        Result message = ExternalTool.run(dir, "", "curl", "-sS", "--cacert", fixture.caFile.toString(),
                "--user", ADDRESS + ":" + APP_PASSWORD.replace(" ", ""),
                "imaps://localhost:" + fixture.gmail.imapPort() + "/%5BGmail%5D%2FSent%20Mail;UID=1");

        assertThat(listing.exitCode()).as(listing.output()).isZero();
        assertThat(listing.output()).contains("* LIST (\\HasNoChildren \\Sent) \"/\" \"[Gmail]/Sent Mail\"");
        assertThat(message.exitCode()).as(message.output()).isZero();
        assertThat(message.output()).contains("Subject: read back by curl");
    }

    @Test
    void curlRefusesAServerItCannotVerify() throws Exception {
        ExternalTool.assumeInstalled("curl", "curl");

        Result result = ExternalTool.run(dir, "", "curl", "-sS", "--user", ADDRESS + ":x",
                "imaps://localhost:" + fixture.gmail.imapPort() + "/");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(60);
    }

    private void send(String subject) throws Exception {
        jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(
                fixture.gmail.profile().session());
        message.setFrom(ADDRESS);
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "bob@example.com");
        message.setSubject(subject);
        message.setText("Read back.");
        jakarta.mail.Transport.send(message);
    }

    private Result python(String password) throws Exception {
        Path script = java.nio.file.Files.writeString(dir.resolve("imap.py"), PYTHON, StandardCharsets.UTF_8);
        return ExternalTool.run(dir, "", "python3", script.toString(), Integer.toString(fixture.gmail.imapPort()),
                fixture.caFile.toString(), ADDRESS, password);
    }
}
