package dev.fakegmail.server.internal.imap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.imap.ImapRequestLineReader;
import com.icegreen.greenmail.imap.ImapResponse;
import com.icegreen.greenmail.imap.ImapSessionImpl;
import com.icegreen.greenmail.imap.commands.ImapCommandFactory;
import com.icegreen.greenmail.user.GreenMailUser;
import dev.fakegmail.server.internal.store.MailStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The work a chunked read costs: one rendering per section, however many chunks (docs/gmail-imap.md §6). */
class PartialFetchTest {
    private static final String ADDRESS = "ida@example.com";
    private static final String TEXT = "line of the first part\r\n".repeat(4_000).strip();
    private static final String MESSAGE = "From: a@example.com\r\nTo: " + ADDRESS + "\r\nSubject: chunks\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\n"
            + "Content-Type: text/plain\r\n\r\n" + TEXT + "\r\n--B\r\nContent-Type: text/plain\r\n\r\n"
            + "second\r\n--B--\r\n";
    private static final Pattern LITERAL = Pattern.compile("\\{(\\d+)}\r\n", Pattern.DOTALL);

    private final ImapCommandFactory commands = new ImapCommandFactory();
    private final PartialFetch chunks = new PartialFetch(commands.getCommand("FETCH"));
    private IndexedSession session;

    @BeforeEach
    void selectInbox() {
        MailStore store = new MailStore();
        store.receive(ADDRESS, MESSAGE.getBytes(StandardCharsets.US_ASCII));
        GreenMailUser user = store.owner(ADDRESS);
        ImapSessionImpl greenMail = new ImapSessionImpl(store.imapHost(), store.userManager(), null, "127.0.0.1");
        greenMail.setAuthenticated(user);
        session = new IndexedSession(greenMail);
        session.setSelected(store.imapHost().getFolder(user, "INBOX"), false);
    }

    @Test
    void everyChunkOfOneSectionComesFromOneRendering() throws Exception {
        StringBuilder read = new StringBuilder();
        for (int start = 0; start < TEXT.length(); start += 1_000) {
            read.append(literal(fetch("FETCH", " 1 (BODY.PEEK[1]<" + start + ".1000>)\r\n")));
        }
        assertThat(read.toString()).isEqualTo(TEXT);
        assertThat(TEXT.length() / 1_000).isGreaterThanOrEqualTo(95);
        assertThat(chunks.renderings()).isEqualTo(1);

        assertThat(literal(fetch("UID", " FETCH 1 (BODY.PEEK[2]<0.100>)\r\n"))).isEqualTo("second");
        assertThat(chunks.renderings()).isEqualTo(2);
        chunks.forget(); // another command came between
        assertThat(literal(fetch("FETCH", " 1 (BODY.PEEK[2]<2.100>)\r\n"))).isEqualTo("cond");
        assertThat(chunks.renderings()).isEqualTo(3);
    }

    @Test
    void aChunkThatWouldSetSeenAndOtherItemsAreGreenMails() throws Exception {
        assertThat(answers("FETCH", " 1 (BODY[1]<0.10>)\r\n")).isFalse();
        assertThat(answers("FETCH", " 1 (FLAGS BODY.PEEK[1]<0.10>)\r\n")).isFalse();
        assertThat(answers("FETCH", " 1:2 (BODY.PEEK[1]<0.10>)\r\n")).isFalse();
        assertThat(answers("FETCH", " 1 (BODY.PEEK[HEADER]<0.10>)\r\n")).isFalse();
        assertThat(answers("FETCH", " 1 (BODY.PEEK[1]<0.10>\r\n")).isFalse();
        assertThat(answers("UID", " STORE 1 +FLAGS (\\Seen)\r\n")).isFalse();
        assertThat(chunks.renderings()).isZero();
    }

    private boolean answers(String command, String rest) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImapResponse response = new ImapResponse(out);
        response.setTag("t");
        return chunks.answer(commands.getCommand(command), rest, reader(rest, out), response, session);
    }

    private String fetch(String command, String rest) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImapResponse response = new ImapResponse(out);
        response.setTag("t");
        assertThat(chunks.answer(commands.getCommand(command), rest, reader(rest, out), response, session)).isTrue();
        String reply = out.toString(StandardCharsets.ISO_8859_1);
        assertThat(reply).endsWith(")\r\nt OK FETCH completed.\r\n");
        return reply;
    }

    private static ImapRequestLineReader reader(String rest, ByteArrayOutputStream out) {
        return new ImapRequestLineReader(new ByteArrayInputStream(rest.getBytes(StandardCharsets.ISO_8859_1)), out);
    }

    /** The octets of the reply's one literal. */
    private static String literal(String reply) {
        Matcher literal = LITERAL.matcher(reply);
        assertThat(literal.find()).as(reply).isTrue();
        return reply.substring(literal.end(), literal.end() + Integer.parseInt(literal.group(1)));
    }
}
