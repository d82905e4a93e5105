package dev.fakegmail.server.internal.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Fuzz targets for the DATA reader ({@link DataDecoder} into a {@link MessageBuffer}), checked against a plain
 * reference model: only CRLF.CRLF ends the section (smuggling sequences never do), one leading dot is removed from
 * every line (the first included), bytes after the terminator are left for the next command, the result does not
 * depend on how the input is split into reads, and the buffer never keeps more than its limit.
 *
 * <p>{@code mvn verify} runs them over the seeds in {@code src/test/resources/.../DataDecoderFuzzTestInputs}; see
 * the README ("Reliability") for real fuzzing.
 */
class DataDecoderFuzzTest {
    private static final byte[] TERMINATOR = {'.', '\r', '\n'};

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"\\x0d\\x0a", "\\x0d\\x0a.\\x0d\\x0a", "\\x0a.\\x0a", "\\x0d.\\x0d", "\\x0a.\\x0d\\x0a",
        "\\x0d\\x0a.\\x0a", "..", "\\x0d\\x0a..", ".\\x0d"})
    void decodesLikeTheReferenceModelInAnySplit(byte[] input) {
        Decoded whole = decode(input, input.length, Long.MAX_VALUE);
        assertThat(decode(input, 1, Long.MAX_VALUE)).isEqualTo(whole);
        assertThat(decode(input, 7, Long.MAX_VALUE)).isEqualTo(whole);

        int end = terminatorEnd(input);
        if (end >= 0) {
            assertThat(whole.complete()).as("complete").isTrue();
            assertThat(whole.consumed()).as("consumed up to the terminator only").isEqualTo(end);
            assertThat(whole.message()).isEqualTo(unstuff(Arrays.copyOf(input, end - TERMINATOR.length)));
        } else {
            assertThat(whole.complete()).as("complete").isFalse();
            assertThat(whole.consumed()).isEqualTo(input.length);
            byte[] expected = unstuff(input);
            if (input.length > 0 && input[input.length - 1] == '\r') {
                expected = Arrays.copyOf(expected, expected.length - 1); // a CR waits for the next byte
            }
            assertThat(whole.message()).isEqualTo(expected);
        }

        for (long limit : new long[] {0, 1, 5, whole.message().length, Math.max(0, whole.message().length - 1)}) {
            Decoded bounded = decode(input, 3, limit);
            assertThat(bounded.consumed()).isEqualTo(whole.consumed());
            assertThat(bounded.oversized()).isEqualTo(whole.message().length > limit);
            assertThat(bounded.message()).hasSizeLessThanOrEqualTo((int) limit)
                    .isEqualTo(Arrays.copyOf(whole.message(), (int) Math.min(limit, whole.message().length)));
        }
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"\\x0d\\x0a", ".", "\\x0d\\x0a.\\x0d\\x0a", "\\x0a.\\x0a", "\\x0d.\\x0d",
        "..\\x0d\\x0a"})
    void unstuffingUndoesStuffing(byte[] content) {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        boolean lineStart = true;
        for (int i = 0; i < content.length; i++) {
            if (lineStart && content[i] == '.') {
                wire.write('.');
            }
            wire.write(content[i]);
            lineStart = content[i] == '\n' && i > 0 && content[i - 1] == '\r';
        }
        boolean endsInCrLf = content.length >= 2 && content[content.length - 2] == '\r'
                && content[content.length - 1] == '\n';
        byte[] expected = content;
        if (content.length > 0 && !endsInCrLf) {
            wire.writeBytes(new byte[] {'\r', '\n'});
            expected = Arrays.copyOf(content, content.length + 2);
            expected[content.length] = '\r';
            expected[content.length + 1] = '\n';
        }
        wire.writeBytes(TERMINATOR);
        wire.writeBytes("NOOP\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] sent = wire.toByteArray();

        Decoded decoded = decode(sent, 5, Long.MAX_VALUE);
        assertThat(decoded.complete()).isTrue();
        assertThat(decoded.consumed()).as("the next command is not consumed").isEqualTo(sent.length - 6);
        assertThat(decoded.message()).isEqualTo(expected);
    }

    /** What the decoder produced. */
    record Decoded(boolean complete, int consumed, boolean oversized, byte[] message) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Decoded d && d.complete == complete && d.consumed == consumed
                    && d.oversized == oversized && Arrays.equals(d.message, message);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(message);
        }

        @Override
        public String toString() {
            return "Decoded[complete=" + complete + ", consumed=" + consumed + ", oversized=" + oversized
                    + ", message=" + Arrays.toString(message) + "]";
        }
    }

    /** Feeds {@code input} in reads of {@code chunk} bytes, as SmtpInput does, until complete or exhausted. */
    static Decoded decode(byte[] input, int chunk, long limit) {
        MessageBuffer buffer = new MessageBuffer(limit);
        DataDecoder decoder = new DataDecoder(buffer);
        int position = 0;
        while (position < input.length && !decoder.isComplete()) {
            int count = Math.min(Math.max(chunk, 1), input.length - position);
            int consumed = decoder.feed(input, position, count);
            assertThat(consumed).isBetween(0, count);
            position += consumed;
            if (consumed < count) {
                assertThat(decoder.isComplete()).as("stops early only at the terminator").isTrue();
            }
        }
        return new Decoded(decoder.isComplete(), position, buffer.oversized(), buffer.toByteArray());
    }

    /** The end of the first {@code .CRLF} at a line start (position 0 or after CRLF), or -1. */
    static int terminatorEnd(byte[] input) {
        for (int t = 0; t + 3 <= input.length; t++) {
            boolean lineStart = t == 0 || t >= 2 && input[t - 2] == '\r' && input[t - 1] == '\n';
            if (lineStart && input[t] == '.' && input[t + 1] == '\r' && input[t + 2] == '\n') {
                return t + 3;
            }
        }
        return -1;
    }

    /** Removes one dot from the start of every line (position 0 and after every CRLF). */
    static byte[] unstuff(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < content.length; i++) {
            boolean lineStart = i == 0 || i >= 2 && content[i - 2] == '\r' && content[i - 1] == '\n';
            if (!(lineStart && content[i] == '.')) {
                out.write(content[i]);
            }
        }
        return out.toByteArray();
    }
}
