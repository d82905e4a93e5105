package dev.fakegmail.server.imap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.protocol.ClassServer;
import dev.fakegmail.server.protocol.RawSmtpClient;
import dev.fakegmail.server.protocol.TestAccount;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Gmail's folder list and filing over raw IMAP (docs/gmail-imap.md §4). */
class ImapFoldersTest {
    static final TestAccount DORA = TestAccount.named("imap-folders-dora");
    static final TestAccount ERIK = TestAccount.named("imap-folders-erik");

    @RegisterExtension
    static final ClassServer GMAIL = new ClassServer(DORA, ERIK);

    static final String LIST_ALL = """
            * LIST (\\HasNoChildren) "/" "INBOX"\r
            * LIST (\\HasChildren \\Noselect) "/" "[Gmail]"\r
            * LIST (\\All \\HasNoChildren) "/" "[Gmail]/All Mail"\r
            * LIST (\\Drafts \\HasNoChildren) "/" "[Gmail]/Drafts"\r
            * LIST (\\HasNoChildren \\Important) "/" "[Gmail]/Important"\r
            * LIST (\\HasNoChildren \\Sent) "/" "[Gmail]/Sent Mail"\r
            * LIST (\\HasNoChildren \\Junk) "/" "[Gmail]/Spam"\r
            * LIST (\\Flagged \\HasNoChildren) "/" "[Gmail]/Starred"\r
            * LIST (\\HasNoChildren \\Trash) "/" "[Gmail]/Trash"\r
            """;

    @Test
    void listsGmailsFoldersExactly() throws Exception {
        try (RawImapClient client = loggedIn(DORA)) {
            assertThat(client.command("a1", "LIST \"\" \"*\"")).isEqualTo(LIST_ALL + "a1 OK Success\r\n");
            assertThat(client.command("a2", "LIST \"\" %")).isEqualTo("* LIST (\\HasNoChildren) \"/\" \"INBOX\"\r\n"
                    + "* LIST (\\HasChildren \\Noselect) \"/\" \"[Gmail]\"\r\na2 OK Success\r\n");
            assertThat(client.command("a3", "LIST \"[Gmail]/\" \"S%\"")).isEqualTo(
                    "* LIST (\\HasNoChildren \\Sent) \"/\" \"[Gmail]/Sent Mail\"\r\n"
                    + "* LIST (\\HasNoChildren \\Junk) \"/\" \"[Gmail]/Spam\"\r\n"
                    + "* LIST (\\Flagged \\HasNoChildren) \"/\" \"[Gmail]/Starred\"\r\na3 OK Success\r\n");
            assertThat(client.command("a4", "LIST \"\" \"\"")).isEqualTo("* LIST (\\Noselect) \"/\" \"\"\r\n"
                    + "a4 OK Success\r\n");
            assertThat(client.command("a5", "LSUB \"\" inbox")).isEqualTo("* LSUB (\\HasNoChildren) \"/\" \"INBOX\"\r\n"
                    + "a5 OK Success\r\n");
        }
    }

    @Test
    void xlistUsesGmailsOlderNames() throws Exception {
        try (RawImapClient client = loggedIn(DORA)) {
            assertThat(client.command("x", "XLIST \"\" \"*\"")).isEqualTo("""
                    * XLIST (\\HasNoChildren \\Inbox) "/" "INBOX"\r
                    * XLIST (\\HasChildren \\Noselect) "/" "[Gmail]"\r
                    * XLIST (\\AllMail \\HasNoChildren) "/" "[Gmail]/All Mail"\r
                    * XLIST (\\Drafts \\HasNoChildren) "/" "[Gmail]/Drafts"\r
                    * XLIST (\\HasNoChildren \\Important) "/" "[Gmail]/Important"\r
                    * XLIST (\\HasNoChildren \\Sent) "/" "[Gmail]/Sent Mail"\r
                    * XLIST (\\HasNoChildren \\Spam) "/" "[Gmail]/Spam"\r
                    * XLIST (\\HasNoChildren \\Starred) "/" "[Gmail]/Starred"\r
                    * XLIST (\\HasNoChildren \\Trash) "/" "[Gmail]/Trash"\r
                    x OK Success\r
                    """);
        }
    }

    @Test
    void aMessageSentOverSmtpIsFiledAtOnce() throws Exception {
        try (RawSmtpClient smtp = RawSmtpClient.connect(GMAIL.server())) {
            smtp.login(DORA.address(), DORA.appPassword());
            smtp.command("MAIL FROM:<" + DORA.address() + ">");
            smtp.command("RCPT TO:<" + ERIK.address() + ">");
            smtp.command("DATA");
            smtp.command("Subject: filed at once\r\n\r\nhello\r\n.");
        }
        GMAIL.server().awaitMessages(1, Duration.ofSeconds(10));
        try (RawImapClient client = loggedIn(DORA)) {
            assertThat(client.command("s1", "STATUS \"[Gmail]/Sent Mail\" (MESSAGES)"))
                    .contains("* STATUS \"[Gmail]/Sent Mail\" (MESSAGES 1)").endsWith("s1 OK STATUS completed.\r\n");
            assertThat(client.command("s2", "SELECT [Gmail]/Spam")).contains("* 0 EXISTS\r\n")
                    .endsWith("s2 OK [READ-WRITE] SELECT completed.\r\n");
            assertThat(client.command("s3", "UNSELECT")).isEqualTo("s3 OK Returned to authenticated state. (Success)\r\n");
        }
        try (RawImapClient client = loggedIn(ERIK)) {
            assertThat(client.command("e1", "EXAMINE INBOX")).contains("* 1 EXISTS\r\n");
            assertThat(client.command("e2", "FETCH 1 (BODY.PEEK[HEADER.FIELDS (SUBJECT)])"))
                    .contains("Subject: filed at once").endsWith("e2 OK FETCH completed.\r\n");
        }
    }

    static RawImapClient loggedIn(TestAccount account) throws Exception {
        RawImapClient client = RawImapClient.connect(GMAIL.server());
        assertThat(client.command("login", "LOGIN " + account.address() + " " + account.compactAppPassword()))
                .endsWith("login OK " + account.address() + " authenticated (Success)\r\n");
        return client;
    }
}
