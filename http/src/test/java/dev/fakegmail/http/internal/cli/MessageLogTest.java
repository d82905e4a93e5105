package dev.fakegmail.http.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.Envelope;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.ReceivedMessages;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageLogTest {
    private static final Instant ACCEPTED = Instant.parse("2026-03-01T11:00:05Z");

    @Test
    void oneLineWithTimeFromToAndSubject() {
        ReceivedMessage message = message("alice@gmail.com", List.of("bob@example.com", "carol@example.com"),
                "Subject: Quarterly report\r\n\r\nbody\r\n");

        assertThat(MessageLog.line(message, ZoneId.of("Europe/Berlin"))).isEqualTo("2026-03-01 12:00:05"
                + "  from alice@gmail.com  to bob@example.com, carol@example.com  subject \"Quarterly report\"");
    }

    @Test
    void theNullSenderAndAMissingSubject() {
        ReceivedMessage message = message("", List.of("bob@example.com"), "X-Nothing: here\r\n\r\nbody\r\n");

        assertThat(MessageLog.line(message, ZoneOffset.UTC))
                .isEqualTo("2026-03-01 11:00:05  from <>  to bob@example.com  subject \"\"");
    }

    @Test
    void anEncodedSubjectIsDecodedAndKeptOnOneLine() {
        ReceivedMessage message = message("alice@gmail.com", List.of("bob@example.com"),
                "Subject: =?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(
                        "Zoë\r\nInjected: header\tend".getBytes(StandardCharsets.UTF_8)) + "?=\r\n\r\nbody\r\n");

        assertThat(MessageLog.line(message, ZoneOffset.UTC))
                .endsWith("subject \"Zoë  Injected: header end\"")
                .doesNotContain("\r", "\n", "\t");
    }

    @Test
    void aLongSubjectIsShortened() {
        ReceivedMessage message = message("alice@gmail.com", List.of("bob@example.com"),
                "Subject: " + "x".repeat(500) + "\r\n\r\nbody\r\n");

        assertThat(MessageLog.line(message, ZoneOffset.UTC)).endsWith("subject \"" + "x".repeat(200) + "...\"");
    }

    private static ReceivedMessage message(String mailFrom, List<String> recipients, String data) {
        return ReceivedMessages.of(new Envelope("alice@gmail.com", mailFrom, recipients), "session-1", "TLSv1.3",
                "TLS_AES_256_GCM_SHA384", "PLAIN", ACCEPTED, data.getBytes(StandardCharsets.UTF_8));
    }
}
