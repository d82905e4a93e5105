package dev.fakegmail.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Checks the test tools themselves (runs without the engine): reply reading, id tracking, reply patterns. */
class RawSmtpClientSelfTest {
    private static final String ID = "d2e1a72fcca58-72d40548a06sm7355966b3a.34";
    private static final String OTHER_ID = "0123456789abc-0123456789asm123456789ab.1";

    @Test
    void readsMultiLineRepliesExactlyAndNoticesTheClose() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> serverSide = CompletableFuture.supplyAsync(() -> script(listener));
            try (RawSmtpClient client = RawSmtpClient.openWithoutTls(listener.getLocalPort())) {
                client.readGreeting();
                assertThat(client.sessionId()).isEqualTo(ID);
                assertThat(client.expect("EHLO x", GmailReplies.EHLO_PLAIN)).endsWith("250 SMTPUTF8\r\n");
                client.expect("NOOP", GmailReplies.NOOP_OK);
                assertThatThrownBy(() -> client.expect("NOOP", GmailReplies.NOOP_OK))
                        .isInstanceOf(AssertionError.class).hasMessageContaining(OTHER_ID);
                assertThat(client.isClosedByServer()).isTrue();
            }
            assertThat(serverSide.get(10, TimeUnit.SECONDS)).isEqualTo("EHLO x|NOOP|NOOP|");
        }
    }

    private static String script(ServerSocket listener) {
        StringBuilder seen = new StringBuilder();
        try (Socket socket = listener.accept()) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            write(out, "220 smtp.gmail.com ESMTP " + ID + " - gsmtp\r\n");
            seen.append(in.readLine()).append('|');
            String ehlo = GmailReplies.EHLO_PLAIN;
            write(out, ehlo.substring(0, 10));
            write(out, ehlo.substring(10, 60));
            write(out, ehlo.substring(60));
            seen.append(in.readLine()).append('|');
            write(out, "250 2.0.0 OK " + ID + " - gsmtp\r\n");
            seen.append(in.readLine()).append('|');
            write(out, "250 2.0.0 OK " + OTHER_ID + " - gsmtp\r\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return seen.toString();
    }

    private static void write(OutputStream out, String text) throws java.io.IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Test
    void sessionIdShape() {
        assertThat(ID).matches(ReplyPattern.SESSION_ID);
        assertThat("d2e1a72fcca58-72d40548a06sm735596b3a.34").doesNotMatch(ReplyPattern.SESSION_ID);
        assertThat("D2E1A72FCCA58-72d40548a06sm7355966b3a.34").doesNotMatch(ReplyPattern.SESSION_ID);
        assertThat("d2e1a72fcca58-72d40548a06sm7355966b3a.1234").doesNotMatch(ReplyPattern.SESSION_ID);
    }

    @Test
    void patternQuotesEverythingButThePlaceholders() {
        assertThat(ReplyPattern.assertReply("354  Go ahead " + ID + " - gsmtp\r\n", GmailReplies.GO_AHEAD))
                .contains(ID);
        assertThatThrownBy(() -> ReplyPattern.assertReply("354 Go ahead " + ID + " - gsmtp\r\n",
                GmailReplies.GO_AHEAD)).isInstanceOf(AssertionError.class).hasMessageContaining("354 Go ahead");
        assertThatThrownBy(() -> ReplyPattern.assertReply("354  Go ahead " + ID + " - gsmtp\n",
                GmailReplies.GO_AHEAD)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ReplyPattern.assertReply("214 2.0.0  https://www.google.com/searchXbtnI&q=RFC+5321 "
                + ID + " - gsmtp\r\n", GmailReplies.HELP)).isInstanceOf(AssertionError.class);
        assertThat(ReplyPattern.assertReply("220 2.0.0 Ready to start TLS\r\n", GmailReplies.READY_TO_START_TLS))
                .isEmpty();
    }

    @Test
    void repeatedIdMustBeTheSame() {
        String twoIds = "535-<id>\r\n535 <id>\r\n";
        assertThat(ReplyPattern.assertReply("535-" + ID + "\r\n535 " + ID + "\r\n", twoIds)).contains(ID);
        assertThatThrownBy(() -> ReplyPattern.assertReply("535-" + ID + "\r\n535 " + OTHER_ID + "\r\n", twoIds))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void timeMustBeNearNow() {
        long now = Instant.now().getEpochSecond();
        assertThat(ReplyPattern.assertReply("250 2.0.0 OK  " + now + " " + ID + " - gsmtp\r\n",
                GmailReplies.MESSAGE_ACCEPTED)).contains(ID);
        assertThatThrownBy(() -> ReplyPattern.assertReply("250 2.0.0 OK  " + (now - 3600) + " " + ID
                + " - gsmtp\r\n", GmailReplies.MESSAGE_ACCEPTED)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ReplyPattern.assertReply("250 2.0.0 OK " + now + " " + ID + " - gsmtp\r\n",
                GmailReplies.MESSAGE_ACCEPTED)).isInstanceOf(AssertionError.class);
    }
}
