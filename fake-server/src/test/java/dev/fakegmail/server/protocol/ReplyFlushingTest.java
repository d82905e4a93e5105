package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.GmailReplies.EHLO_PLAIN;
import static dev.fakegmail.server.protocol.GmailReplies.MUST_STARTTLS;
import static dev.fakegmail.server.protocol.GmailReplies.NOOP_OK;
import static dev.fakegmail.server.protocol.GmailReplies.STARTTLS_PIPELINED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * RFC 2920 §3.1 and docs/gmail-smtp.md §3: every reply leaves before the server waits for more input, whatever
 * partial command sits in its buffer; STARTTLS with bytes behind it (a command, or a ClientHello sent too early) gets
 * {@code 454 4.5.0} at once and the session stays in plain text.
 */
class ReplyFlushingTest {
    private static final TestAccount ALICE = TestAccount.named("flush.alice");
    @RegisterExtension
    static final ClassServer GMAIL = new ClassServer(ALICE);

    @Test
    void aReplyIsNotHeldBackByAPartialLineBehindItsCommand() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.send("NOOP\r\nNOO");
            client.expectReply(NOOP_OK);
            client.send("P\r\n");
            client.expectReply(NOOP_OK);
        }
    }

    @Test
    void pipelinedRepliesLeaveBeforeTheServerWaitsForTheRestOfTheLastLine() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.send("EHLO client.example\r\nNOOP\r\nMAIL FROM:<a@b.c>\r\nRS");
            client.expectReply(EHLO_PLAIN);
            client.expectReply(NOOP_OK);
            client.expectReply(MUST_STARTTLS);
            client.send("ET\r\nNOOP\r\n");
            client.readReply();
            client.expectReply(NOOP_OK);
        }
    }

    @Test
    void startTlsWithAPartialLineBehindItGetsThe454AtOnce() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("EHLO client.example", EHLO_PLAIN);
            client.send("STARTTLS\r\nNOO");
            client.expectReply(STARTTLS_PIPELINED);
            client.send("P\r\n");
            client.expectReply(NOOP_OK);
            assertThat(client.isEncrypted()).isFalse();
        }
    }

    @Test
    void startTlsWithTheClientHelloInTheSameWriteGetsThe454AndStaysInPlainText() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.expect("EHLO client.example", EHLO_PLAIN);
            byte[] hello = ClientHello.bytes(GMAIL.server().certificateAuthority());
            byte[] command = "STARTTLS\r\n".getBytes(StandardCharsets.US_ASCII);
            byte[] write = new byte[command.length + hello.length];
            System.arraycopy(command, 0, write, 0, command.length);
            System.arraycopy(hello, 0, write, command.length, hello.length);
            client.sendBytes(write);
            client.expectReply(STARTTLS_PIPELINED);
            // the ClientHello's bytes are read as plain-text command lines (errors); then the session goes on
            client.send("\r\nQUIT\r\n");
            String rest = new String(client.readUntilClosed(), StandardCharsets.ISO_8859_1);
            assertThat(rest).as("what followed the 454").matches("(?s)([45][0-9]{2} [^\r\n]*\r\n)*"
                    + "221 2\\.0\\.0 closing connection " + java.util.regex.Pattern.quote(client.sessionId())
                    + " - gsmtp\r\n");
        }
    }
}
