package dev.fakegmail.server.robustness;

import static dev.fakegmail.server.protocol.GmailReplies.EHLO_PLAIN;
import static dev.fakegmail.server.protocol.GmailReplies.READY_TO_START_TLS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.protocol.ClientHello;
import dev.fakegmail.server.protocol.RawSmtpClient;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * docs/robustness.md "Limits", the handshake deadline: a client that sends its ClientHello one byte at a time, each
 * byte well inside the read timeout, is closed once the whole handshake has run past the deadline; on 465 and after
 * STARTTLS on 587. Without the deadline every byte re-armed the read timeout and the client held the session for as
 * long as it had bytes. The deadline is generous for the witness's own handshake on a busy machine.
 */
class HandshakeDeadlineTest {
    private static final Duration DEADLINE = Duration.ofSeconds(3);
    private static final long BYTE_EVERY_MILLIS = 200;

    @Test
    void aClientHelloTrickledToTheSslPortIsCutOffAtTheDeadline() throws Exception {
        try (Arena arena = Arena.start(builder -> builder.handshakeTimeout(DEADLINE)).withWitness()) {
            try (RawSmtpClient client = RawSmtpClient.open(arena.server, arena.sslPort())) {
                assertCutOff(client, ClientHello.bytes(arena.server.certificateAuthority()));
            }
            arena.assertOthersUnaffected();
        }
    }

    @Test
    void aClientHelloTrickledAfterStartTlsIsCutOffAtTheDeadline() throws Exception {
        try (Arena arena = Arena.start(builder -> builder.handshakeTimeout(DEADLINE)).withWitness()) {
            try (RawSmtpClient client = RawSmtpClient.connect(arena.server)) {
                client.expect("EHLO client.example", EHLO_PLAIN);
                client.expect("STARTTLS", READY_TO_START_TLS);
                assertCutOff(client, ClientHello.bytes(arena.server.certificateAuthority()));
            }
            arena.assertOthersUnaffected();
        }
    }

    /** Trickles {@code hello} (it takes far longer than the deadline) and expects the server to close first. */
    private static void assertCutOff(RawSmtpClient client, byte[] hello) throws Exception {
        assertThat(hello.length * BYTE_EVERY_MILLIS).as("trickling time, ms")
                .isGreaterThan(RawSmtpClient.READ_TIMEOUT.toMillis() + DEADLINE.toMillis());
        AtomicInteger sent = new AtomicInteger();
        CompletableFuture<Void> trickle = CompletableFuture.runAsync(() -> {
            try {
                for (byte b : hello) {
                    client.sendBytes(new byte[] {b});
                    sent.incrementAndGet();
                    Thread.sleep(BYTE_EVERY_MILLIS);
                }
            } catch (IOException | InterruptedException closed) {
                // the server closed the connection: what the test expects
            }
        });
        assertThat(client.readUntilClosed()).as("what the server sent during the handshake").isEmpty();
        assertThat(sent.get()).as("ClientHello bytes sent before the server closed").isLessThan(hello.length);
        trickle.cancel(true);
    }
}
