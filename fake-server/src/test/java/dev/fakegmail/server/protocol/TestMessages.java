package dev.fakegmail.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.ReceivedMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Messages for the transaction tests. Each carries a unique token in its Subject and Message-ID, has a From equal to
 * the sending account and a Date, so that Gmail's rewriting (docs/gmail-smtp.md §7) only prepends a Received header and
 * the stored bytes end with exactly what was sent (after dot-unstuffing).
 */
public final class TestMessages {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private TestMessages() {
    }

    public static String token() {
        return "t" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Headers (From, To, Subject, Date, Message-ID), an empty line and {@code body} (which should end in CRLF). */
    public static String message(String from, String token, String body) {
        return "From: " + from + "\r\n"
                + "To: bob@example.com\r\n"
                + "Subject: " + token + "\r\n"
                + "Date: Mon, 2 Mar 2026 10:00:00 +0000\r\n"
                + "Message-ID: <" + token + "@client.example>\r\n"
                + "\r\n"
                + body;
    }

    /** The stored message whose bytes contain {@code token}; waits (without sleeping) until one was acknowledged. */
    public static ReceivedMessage stored(FakeGmailServer server, String token) throws Exception {
        server.awaitMessages(1, WAIT);
        List<ReceivedMessage> matching = withToken(server, token);
        assertThat(matching).as("stored messages containing %s", token).hasSize(1);
        return matching.get(0);
    }

    public static List<ReceivedMessage> withToken(FakeGmailServer server, String token) {
        return server.receivedMessages().stream().filter(m -> text(m).contains(token)).toList();
    }

    public static String text(ReceivedMessage message) {
        return new String(message.rawBytes(), StandardCharsets.ISO_8859_1);
    }

    /**
     * Asserts that the submitted bytes are exactly {@code sent} (after dot-unstuffing) and the delivered ones are
     * a prepended {@code Received:} header followed by exactly {@code sent}.
     */
    public static void assertStoredAsSent(ReceivedMessage message, String sent) {
        assertThat(new String(message.submittedBytes(), StandardCharsets.ISO_8859_1)).isEqualTo(sent);
        String stored = text(message);
        assertThat(stored).startsWith("Received: ").endsWith(sent);
        String prefix = stored.substring(0, stored.length() - sent.length());
        assertThat(prefix).as("what the server added in front of the message")
                .endsWith("\r\n").doesNotContain("\r\n\r\n");
    }
}
