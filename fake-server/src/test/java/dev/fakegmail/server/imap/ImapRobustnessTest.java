package dev.fakegmail.server.imap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.protocol.ClassServer;
import dev.fakegmail.server.protocol.TestAccount;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clients that vanish mid-command or mid-literal, and literals too large to hold (docs/gmail-imap.md §6). After each
 * case a bystander logs in and finds the mailbox unchanged.
 */
class ImapRobustnessTest {
    static final TestAccount FRED = TestAccount.named("imap-robust-fred");

    @RegisterExtension
    static final ClassServer GMAIL = new ClassServer(FRED);

    @Test
    void aDisconnectInsideAnAppendLiteralStoresNothing() throws Exception {
        try (RawImapClient client = loggedIn()) {
            client.send("a1 APPEND [Gmail]/Drafts {200}\r\n");
            assertThat(client.readLine()).startsWith("+ ");
            client.send("Subject: half a message\r\n\r\n" + "x".repeat(80));
        }
        assertDraftsHold(0);
    }

    @Test
    void aDisconnectInsideACommandLineChangesNothing() throws Exception {
        try (RawImapClient client = loggedIn()) {
            client.send("a1 APPEND [Gmail]/Drafts (\\Seen");
        }
        try (RawImapClient client = RawImapClient.connect(GMAIL.server())) {
            client.send("a1 LOGIN " + FRED.address());
        }
        assertDraftsHold(0);
    }

    @Test
    void aCompleteAppendIsStoredOnceAndTheSessionGoesOn() throws Exception {
        byte[] message = "Subject: whole\r\n\r\nbody\r\n".getBytes(StandardCharsets.ISO_8859_1);
        try (RawImapClient client = loggedIn()) {
            client.send("a1 APPEND \"[Gmail]/Important\" {" + message.length + "}\r\n");
            assertThat(client.readLine()).startsWith("+ ");
            client.sendBytes(message);
            client.send("\r\n");
            assertThat(client.readUntilTagged("a1")).contains("a1 OK");
            assertThat(client.command("a2", "STATUS \"[Gmail]/Important\" (MESSAGES)"))
                    .contains("(MESSAGES 1)");
            client.command("a3", "SELECT \"[Gmail]/Important\"");
            assertThat(client.command("a4", "STORE 1 +FLAGS (\\Deleted)")).contains("a4 OK");
            assertThat(client.command("a5", "EXPUNGE")).contains("a5 OK");
        }
    }

    @Test
    void aLiteralAboveTheAppendLimitEndsTheSessionBeforeAnyMemoryIsTaken() throws Exception {
        try (RawImapClient client = loggedIn()) {
            client.send("a1 APPEND INBOX {2000000000}\r\n");
            assertThat(client.readLine())
                    .isEqualTo("* BYE [TOOBIG] Literal larger than APPENDLIMIT 35651584 (Failure)\r\n");
            assertThat(client.isClosedByServer()).isTrue();
        }
        try (RawImapClient client = loggedIn()) {
            assertThat(client.command("b1", "EXAMINE INBOX")).contains("* 0 EXISTS\r\n");
        }
    }

    @Test
    void aNonSynchronizingLiteralAboveTheLimitIsRefusedToo() throws Exception {
        try (RawImapClient client = loggedIn()) {
            client.send("a1 APPEND INBOX {35651585+}\r\n");
            assertThat(client.readLine())
                    .isEqualTo("* BYE [TOOBIG] Literal larger than APPENDLIMIT 35651584 (Failure)\r\n");
            assertThat(client.isClosedByServer()).isTrue();
        }
    }

    @Test
    void anEndlessCommandLineEndsTheSession() throws Exception {
        try (RawImapClient client = loggedIn()) {
            byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.ISO_8859_1);
            client.send("a1 SEARCH SUBJECT ");
            try {
                for (int i = 0; i < 17; i++) {
                    client.sendBytes(chunk);
                }
            } catch (java.io.IOException e) {
                // the server may close while we still write
            }
            assertThat(client.isClosedByServer()).isTrue();
        }
        try (RawImapClient client = loggedIn()) {
            assertThat(client.command("b1", "NOOP")).contains("b1 OK");
        }
    }

    private static void assertDraftsHold(int count) throws Exception {
        try (RawImapClient client = loggedIn()) {
            assertThat(client.command("b1", "STATUS \"[Gmail]/Drafts\" (MESSAGES)"))
                    .contains("(MESSAGES " + count + ")");
        }
        assertThat(GMAIL.server().mailbox(FRED.address(), "[Gmail]/Drafts")).hasSize(count);
    }

    private static RawImapClient loggedIn() throws Exception {
        RawImapClient client = RawImapClient.connect(GMAIL.server());
        assertThat(client.command("login", "LOGIN " + FRED.address() + " " + FRED.compactAppPassword()))
                .endsWith("authenticated (Success)\r\n");
        return client;
    }
}
