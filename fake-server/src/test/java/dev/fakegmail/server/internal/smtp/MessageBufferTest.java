package dev.fakegmail.server.internal.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * docs/robustness.md "Limits": memory for a message stays bounded by the size limit however much a client sends (DATA or
 * BDAT), and lines of any length stream through the DATA decoder.
 */
class MessageBufferTest {

    @Test
    void keepsAtMostTheLimitAndCountsTheRest() throws Exception {
        long limit = 100_000;
        MessageBuffer buffer = new MessageBuffer(limit);
        byte[] block = new byte[8 * 1024 + 3];
        Arrays.fill(block, (byte) 'x');
        for (int i = 0; i < 50; i++) {
            buffer.append(block, 0, block.length);
            buffer.append((byte) 'y');
            assertThat(capacity(buffer)).isLessThanOrEqualTo((int) Math.max(limit, 8 * 1024));
        }
        assertThat(buffer.oversized()).isTrue();
        assertThat(buffer.total()).isEqualTo(50L * (block.length + 1));
        assertThat(buffer.toByteArray()).hasSize((int) limit);
    }

    @Test
    void aGmailSizedLimitDoesNotReserveMemoryUpFront() throws Exception {
        MessageBuffer buffer = new MessageBuffer(35_882_577L);
        buffer.append("small".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 5);
        assertThat(capacity(buffer)).isLessThanOrEqualTo(8 * 1024);
    }

    @Test
    void aDecoderFedFortyMegabytesOfOneLineKeepsOnlyTheLimit() throws Exception {
        long limit = 1_000_000;
        MessageBuffer buffer = new MessageBuffer(limit);
        DataDecoder decoder = new DataDecoder(buffer);
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'z');
        for (int i = 0; i < 640; i++) {
            assertThat(decoder.feed(chunk, 0, chunk.length)).isEqualTo(chunk.length);
        }
        byte[] end = {'\r', '\n', '.', '\r', '\n', 'N'};
        assertThat(decoder.feed(end, 0, end.length)).isEqualTo(5);
        assertThat(decoder.isComplete()).isTrue();
        assertThat(buffer.oversized()).isTrue();
        assertThat(capacity(buffer)).isLessThanOrEqualTo((int) limit);
        assertThat(buffer.toByteArray()).hasSize((int) limit);
    }

    private static int capacity(MessageBuffer buffer) throws Exception {
        Field bytes = MessageBuffer.class.getDeclaredField("bytes");
        bytes.setAccessible(true);
        return ((byte[]) bytes.get(buffer)).length;
    }
}
