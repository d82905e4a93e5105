package dev.fakegmail.server.imap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.ImapProfile;
import dev.fakegmail.server.protocol.ClassServer;
import dev.fakegmail.server.protocol.TestAccount;
import jakarta.mail.Folder;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A body section read chunk by chunk ({@code FETCH n (BODY.PEEK[1]<start.size>)}, as Angus Mail reads a large part)
 * is answered from one rendering of the section, with GreenMail's replies byte for byte (docs/gmail-imap.md §6).
 */
class ImapPartialFetchTest {
    static final TestAccount FAY = TestAccount.named("imap-partial-fay");
    static final TestAccount GUS = TestAccount.named("imap-partial-gus");

    @RegisterExtension
    static final ClassServer GMAIL = new ClassServer(FAY, GUS);

    static final String PARTS = "From: a@example.com\r\nTo: b@example.com\r\nSubject: parts\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"XX\"\r\n\r\npreamble\r\n--XX\r\n"
            + "Content-Type: text/plain\r\n\r\n"
            + "Hello part one\r\nsecond line\r\n--XX\r\nContent-Type: application/octet-stream\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\nQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\r\n--XX--\r\n";

    /**
     * The replies GreenMail 2.1.14 gave to these commands (c to l) before chunks were answered here, recorded; a
     * message that arrives between chunks is announced after the chunk, as GreenMail's FETCH does.
     */
    @Test
    void chunksAreAnsweredAsGreenMailAnswersThem() throws Exception {
        GMAIL.server().deliverInbound(FAY.address(), PARTS.getBytes(StandardCharsets.US_ASCII));
        try (RawImapClient client = RawImapClient.connect(GMAIL.server())) {
            assertThat(client.command("a", "LOGIN " + FAY.address() + " " + FAY.compactAppPassword()))
                    .endsWith("a OK " + FAY.address() + " authenticated (Success)\r\n");
            assertThat(client.command("b", "SELECT INBOX")).endsWith("b OK [READ-WRITE] SELECT completed.\r\n");
            assertThat(client.command("c", "FETCH 1 (BODY.PEEK[1]<0.10>)"))
                    .isEqualTo("* 1 FETCH (BODY[1]<0>{10}\r\nHello part)\r\nc OK FETCH completed.\r\n");
            assertThat(client.command("d", "FETCH 1 (BODY.PEEK[1]<10.100>)"))
                    .isEqualTo("* 1 FETCH (BODY[1]<10>{17}\r\n one\r\nsecond line)\r\nd OK FETCH completed.\r\n");
            assertThat(client.command("e", "UID FETCH 1 (BODY.PEEK[2]<3.5>)"))
                    .isEqualTo("* 1 FETCH (UID 1 BODY[2]<3>{5}\r\nDREVG)\r\ne OK FETCH completed.\r\n");
            assertThat(client.command("f", "FETCH 1 (BODY[]<0.20>)"))
                    .isEqualTo("* 1 FETCH (FLAGS (\\Seen) BODY[]<0>{20}\r\nFrom: a@example.com\r)\r\n"
                            + "f OK FETCH completed.\r\n");
            assertThat(client.command("g", "FETCH 1 (BODY[1]<0.5>)"))
                    .isEqualTo("* 1 FETCH (BODY[1]<0>{5}\r\nHello)\r\ng OK FETCH completed.\r\n");
            assertThat(client.command("h", "FETCH 1 (BODY.PEEK[TEXT]<0.12>)"))
                    .isEqualTo("* 1 FETCH (BODY[TEXT]<0>{12}\r\npreamble\r\n--)\r\nh OK FETCH completed.\r\n");
            assertThat(client.command("i", "FETCH 1 BODY.PEEK[]<5.7>"))
                    .isEqualTo("* 1 FETCH (BODY[]<5>{7}\r\n a@exam)\r\ni OK FETCH completed.\r\n");
            assertThat(client.command("j", "FETCH 1 (BODY.PEEK[1]<500.10>)"))
                    .isEqualTo("* 1 FETCH (BODY[1]<500>{0}\r\n)\r\nj OK FETCH completed.\r\n");
            assertThat(client.command("k", "FETCH 2 (BODY.PEEK[1]<0.10>)")).isEqualTo("k OK FETCH completed.\r\n");
            assertThat(client.command("l", "FETCH 1 (BODY.PEEK[3]<0.10>)"))
                    .isEqualTo("l NO FETCH failed. java.lang.ArrayIndexOutOfBoundsException: 2 >= 2\r\n");
            GMAIL.server().deliverInbound(FAY.address(), PARTS.getBytes(StandardCharsets.US_ASCII));
            assertThat(client.command("m", "FETCH 1 (BODY.PEEK[1]<0.5>)"))
                    .isEqualTo("* 1 FETCH (BODY[1]<0>{5}\r\nHello)\r\n* 2 EXISTS\r\n* 1 RECENT\r\n"
                            + "m OK FETCH completed.\r\n");
        }
    }

    /** Every part of a nested message, read 1,000 octets at a time, is what one whole-section read gives. */
    @Test
    void smallChunksReadEveryPartAsOneReadDoes() throws Exception {
        byte[] attachment = new byte[150_000];
        new Random(22).nextBytes(attachment);
        String message = "From: a@example.com\r\nTo: " + GUS.address() + "\r\nSubject: nested\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"OUT\"\r\n\r\n--OUT\r\n"
                + "Content-Type: multipart/alternative; boundary=\"IN\"\r\n\r\n--IN\r\n"
                + "Content-Type: text/plain; charset=us-ascii\r\n\r\n" + "plain line\r\n".repeat(300) + "--IN\r\n"
                + "Content-Type: text/html; charset=us-ascii\r\n\r\n" + "<p>html line</p>\r\n".repeat(300)
                + "--IN--\r\n--OUT\r\nContent-Type: application/octet-stream; name=\"r.bin\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(attachment)
                + "\r\n--OUT--\r\n";
        GMAIL.server().deliverInbound(GUS.address(), message.getBytes(StandardCharsets.US_ASCII));

        List<byte[]> chunked = readLeaves(properties("1000", "true"));
        List<byte[]> whole = readLeaves(properties("16384", "false"));

        assertThat(chunked).hasSize(3);
        assertThat(chunked.get(0)).isEqualTo(whole.get(0)).isEqualTo(
                "plain line\r\n".repeat(300).strip().getBytes(StandardCharsets.US_ASCII)); // the last CRLF: boundary
        assertThat(chunked.get(1)).isEqualTo(whole.get(1));
        assertThat(chunked.get(2)).isEqualTo(whole.get(2)).isEqualTo(attachment);
    }

    private static Properties properties(String fetchSize, String partialFetch) {
        Properties properties = GMAIL.server().imapProfile(GMAIL.server().account(GUS.address()))
                .javaMailProperties();
        properties.setProperty("mail.imaps.fetchsize", fetchSize);
        properties.setProperty("mail.imaps.partialfetch", partialFetch);
        return properties;
    }

    /** The decoded content of every leaf part of INBOX message 1, in order. */
    private static List<byte[]> readLeaves(Properties properties) throws Exception {
        ImapProfile profile = GMAIL.server().imapProfile(GMAIL.server().account(GUS.address()));
        try (Store store = Session.getInstance(properties).getStore("imaps")) {
            store.connect(profile.hostName(), profile.port(), GUS.address(), GUS.compactAppPassword());
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<byte[]> leaves = new ArrayList<>();
            collect(inbox.getMessage(1), leaves);
            inbox.close(false);
            return leaves;
        }
    }

    private static void collect(Part part, List<byte[]> leaves) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), leaves);
            }
            return;
        }
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            leaves.add(bytes.toByteArray());
        }
    }
}
