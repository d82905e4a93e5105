package dev.fakegmail.server.imap;

import static dev.fakegmail.server.protocol.RawSmtpClient.base64;
import static dev.fakegmail.server.protocol.RawSmtpClient.plain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.protocol.ClassServer;
import dev.fakegmail.server.protocol.TestAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Gmail's greeting, capabilities and login replies on the IMAP port, byte for byte (docs/gmail-imap.md §2, §3). */
class ImapLoginTest {
    static final TestAccount ALICE = TestAccount.named("imap-login-alice");
    static final TestAccount CAROL = TestAccount.named("imap-login-carol");

    @RegisterExtension
    static final ClassServer GMAIL = new ClassServer(ALICE, CAROL);

    static final String CAPABILITY_BEFORE = "* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN"
            + " XYZZY SASL-IR AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER AUTH=XOAUTH\r\n";
    static final String CAPABILITY_AFTER = "* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN"
            + " UIDPLUS MOVE LITERAL- SPECIAL-USE APPENDLIMIT=35651584\r\n";
    static final String INVALID = " NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\r\n";

    @Test
    void greetsLikeGimapWithTheClientAddressAndASessionId() throws Exception {
        try (RawImapClient client = RawImapClient.connect(GMAIL.server())) {
            assertThat(client.greeting()).matches("\\* OK Gimap ready for requests from 127\\.0\\.0\\.1"
                    + " [a-z][0-9]{1,2}mb[0-9]{9}[a-z]{3}\r\n");
        }
    }

    @Test
    void capabilityBeforeAndAfterLogin() throws Exception {
        try (RawImapClient client = RawImapClient.connect(GMAIL.server())) {
            String id = client.greeting().substring(client.greeting().lastIndexOf(' ') + 1).strip();
            assertThat(client.command("a1", "CAPABILITY"))
                    .isEqualTo(CAPABILITY_BEFORE + "a1 OK Thats all she wrote! " + id + "\r\n");
            assertThat(client.command("a2", "LOGIN " + ALICE.address() + " \"" + ALICE.appPassword() + "\""))
                    .isEqualTo(CAPABILITY_AFTER + "a2 OK " + ALICE.address() + " authenticated (Success)\r\n");
            assertThat(client.command("a3", "capability"))
                    .isEqualTo(CAPABILITY_AFTER + "a3 OK Thats all she wrote! " + id + "\r\n");
        }
    }

    @Test
    void appPasswordWithoutSpacesAndAddressInAnyCase() throws Exception {
        try (RawImapClient client = RawImapClient.connect(GMAIL.server())) {
            assertThat(client.command("x", "LOGIN " + ALICE.address().toUpperCase() + " "
                    + ALICE.compactAppPassword()))
                    .isEqualTo(CAPABILITY_AFTER + "x OK " + ALICE.address() + " authenticated (Success)\r\n");
        }
    }

    @Test
    void accountPasswordGetsTheAppPasswordAlert() throws Exception {
        try (RawImapClient client = RawImapClient.connect(GMAIL.server())) {
            assertThat(client.command("a1", "LOGIN " + CAROL.address() + " " + CAROL.password()))
                    .isEqualTo("a1 NO [ALERT] Application-specific password required:"
                            + " https://support.google.com/accounts/answer/185833 (Failure)\r\n");
        }
    }

    @Test
    void wrongPasswordAndUnknownUserGetInvalidCredentials() throws Exception {
        try (RawImapClient client = RawImapClient.connect(GMAIL.server())) {
            assertThat(client.command("a1", "LOGIN " + CAROL.address() + " \"wrong wrong wrong\""))
                    .isEqualTo("a1" + INVALID);
            assertThat(client.command("a2", "LOGIN nobody@gmail.com " + CAROL.compactAppPassword()))
                    .isEqualTo("a2" + INVALID);
            assertThat(client.command("a3", "SELECT INBOX"))
                    .isEqualTo("a3 BAD Command received in Invalid state.\r\n");
        }
    }

    @Test
    void authenticatePlainWithInitialResponseAndWithAChallenge() throws Exception {
        try (RawImapClient client = RawImapClient.connect(GMAIL.server())) {
            assertThat(client.command("a1", "AUTHENTICATE PLAIN " + plain(ALICE.address(), ALICE.appPassword())))
                    .isEqualTo(CAPABILITY_AFTER + "a1 OK " + ALICE.address() + " authenticated (Success)\r\n");
        }
        try (RawImapClient client = RawImapClient.connect(GMAIL.server())) {
            client.send("a1 AUTHENTICATE PLAIN\r\n");
            assertThat(client.readLine()).isEqualTo("+ \r\n");
            client.send(plain(ALICE.address(), "not the app password") + "\r\n");
            assertThat(client.readUntilTagged("a1")).isEqualTo("a1" + INVALID);
            client.send("a2 AUTHENTICATE PLAIN\r\n");
            assertThat(client.readLine()).isEqualTo("+ \r\n");
            client.send("*\r\n");
            assertThat(client.readUntilTagged("a2")).isEqualTo("a2 BAD AUTHENTICATE cancelled (Failure)\r\n");
        }
    }

    @Test
    void xoauth2WithTheSameAccessTokensAsSmtp() throws Exception {
        GmailAccount account = GMAIL.server().account(ALICE.address());
        String token = account.issueAccessToken().value();
        try (RawImapClient client = RawImapClient.connect(GMAIL.server())) {
            String blob = base64("user=" + ALICE.address() + "\u0001auth=Bearer " + token + "\u0001\u0001");
            assertThat(client.command("a1", "AUTHENTICATE XOAUTH2 " + blob))
                    .isEqualTo(CAPABILITY_AFTER + "a1 OK " + ALICE.address() + " authenticated (Success)\r\n");
        }
        try (RawImapClient client = RawImapClient.connect(GMAIL.server())) {
            String blob = base64("user=" + ALICE.address() + "\u0001auth=Bearer ya29.not-issued\u0001\u0001");
            client.send("a1 AUTHENTICATE XOAUTH2 " + blob + "\r\n");
            assertThat(client.readLine()).isEqualTo("+ eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwc"
                    + "zovL21haWwuZ29vZ2xlLmNvbS8ifQ==\r\n");
            client.send("\r\n");
            assertThat(client.readUntilTagged("a1")).isEqualTo("a1" + INVALID);
        }
    }

    @Test
    void namespaceIdXyzzyAndLogout() throws Exception {
        try (RawImapClient client = RawImapClient.connect(GMAIL.server())) {
            assertThat(client.command("a0", "ID (\"name\" \"test\")")).isEqualTo("* ID (\"name\" \"GImap\" \"vendor\""
                    + " \"Google, Inc.\" \"support-url\" \"https://support.google.com/mail\" \"remote-host\""
                    + " \"127.0.0.1\")\r\na0 OK Success\r\n");
            assertThat(client.command("a1", "XYZZY")).isEqualTo("* OK Nothing happens.\r\na1 OK Success\r\n");
            client.command("a2", "LOGIN " + ALICE.address() + " " + ALICE.compactAppPassword());
            assertThat(client.command("a3", "NAMESPACE")).isEqualTo("* NAMESPACE ((\"\" \"/\")) NIL NIL\r\n"
                    + "a3 OK Success\r\n");
            assertThat(client.command("a4", "LOGIN " + ALICE.address() + " " + ALICE.compactAppPassword()))
                    .isEqualTo("a4 BAD [CLIENTBUG] Already authenticated (Failure)\r\n");
            assertThat(client.command("a5", "LOGOUT")).isEqualTo("* BYE LOGOUT Requested\r\n"
                    + "a5 OK 73 good day (Success)\r\n");
            assertThat(client.isClosedByServer()).isTrue();
        }
    }

    @Test
    void unknownCommandsAndGarbage() throws Exception {
        try (RawImapClient client = RawImapClient.connect(GMAIL.server())) {
            assertThat(client.command("a1", "FROBNICATE now")).isEqualTo("a1 BAD Unknown command\r\n");
            assertThat(client.command("a2", "STARTTLS")).isEqualTo("a2 BAD Unknown command\r\n");
            client.send("\r\n");
            assertThat(client.readLine()).isEqualTo("* BAD Could not parse command\r\n");
            assertThat(client.command("a3", "NOOP")).startsWith("a3 OK");
        }
    }

    static FakeGmailServer server() {
        return GMAIL.server();
    }
}
