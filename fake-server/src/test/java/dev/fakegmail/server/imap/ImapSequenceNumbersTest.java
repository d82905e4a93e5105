package dev.fakegmail.server.imap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.protocol.ClassServer;
import dev.fakegmail.server.protocol.TestAccount;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sequence numbers and UIDs stay right while other sessions and deliveries change the selected folder: the selected
 * folder answers them from an index that is rebuilt after every change (docs/gmail-imap.md §6).
 */
class ImapSequenceNumbersTest {
    static final TestAccount HAL = TestAccount.named("imap-sequence-hal");

    @RegisterExtension
    static final ClassServer GMAIL = new ClassServer(HAL);

    /** The other session's flag change and expunge reach the reader as GreenMail reports them. */
    @Test
    void fetchAndStoreFollowExpungesAndArrivals() throws Exception {
        for (int i = 1; i <= 4; i++) {
            deliver("note " + i);
        }
        try (RawImapClient reader = loggedIn(); RawImapClient other = loggedIn()) {
            assertThat(reader.command("s", "SELECT INBOX")).contains("* 4 EXISTS\r\n");
            assertThat(reader.command("f1", "UID FETCH 1:* (FLAGS)")).isEqualTo("""
                    * 1 FETCH (FLAGS () UID 1)\r
                    * 2 FETCH (FLAGS () UID 2)\r
                    * 3 FETCH (FLAGS () UID 3)\r
                    * 4 FETCH (FLAGS () UID 4)\r
                    f1 OK FETCH completed.\r
                    """);
            other.command("o1", "SELECT INBOX");
            assertThat(other.command("o2", "UID STORE 2 +FLAGS.SILENT (\\Deleted)"))
                    .endsWith("o2 OK STORE completed.\r\n");
            assertThat(other.command("o3", "EXPUNGE")).endsWith("o3 OK EXPUNGE completed.\r\n");
            deliver("note 5");

            assertThat(reader.command("f2", "FETCH 2:* (UID)")).isEqualTo("""
                    * 2 FETCH (UID 3)\r
                    * 3 FETCH (UID 4)\r
                    * 4 FETCH (UID 5)\r
                    * 4 EXISTS\r
                    * 1 RECENT\r
                    * 2 FETCH (FLAGS (\\Deleted) UID 2)\r
                    f2 OK FETCH completed.\r
                    """);
            assertThat(reader.command("f3", "STORE 3 +FLAGS (\\Flagged)"))
                    .isEqualTo("* 3 FETCH (FLAGS (\\Flagged))\r\nf3 OK STORE completed.\r\n");
            assertThat(reader.command("f4", "UID FETCH 4 (FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])"))
                    .isEqualTo("* 3 FETCH (FLAGS (\\Flagged) UID 4 BODY[HEADER.FIELDS (SUBJECT)] {17}\r\n"
                            + "Subject: note 4\r\n)\r\n* 2 EXPUNGE\r\nf4 OK FETCH completed.\r\n");
        }
    }

    private static void deliver(String subject) {
        GMAIL.server().deliverInbound(HAL.address(), ("From: a@example.com\r\nTo: " + HAL.address() + "\r\nSubject: "
                + subject + "\r\n\r\nbody\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static RawImapClient loggedIn() throws Exception {
        RawImapClient client = RawImapClient.connect(GMAIL.server());
        assertThat(client.command("a", "LOGIN " + HAL.address() + " " + HAL.compactAppPassword()))
                .endsWith("a OK " + HAL.address() + " authenticated (Success)\r\n");
        return client;
    }
}
