package dev.fakegmail.server.internal.smtp;

import java.util.Arrays;

/**
 * The bytes of a message being received, bounded: past {@code maxSize} it only counts, so memory stays bounded
 * by the size limit however much a client sends.
 */
final class MessageBuffer {
    private final long maxSize;
    private byte[] bytes = new byte[8 * 1024];
    private int length;
    private long total;

    MessageBuffer(long maxSize) {
        this.maxSize = maxSize;
    }

    void append(byte b) {
        total++;
        if (total > maxSize) {
            return;
        }
        ensure(1);
        bytes[length++] = b;
    }

    void append(byte[] source, int offset, int count) {
        total += count;
        if (total > maxSize) {
            int room = (int) Math.max(0, maxSize - length);
            count = Math.min(count, room);
            if (count == 0) {
                return;
            }
        }
        ensure(count);
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
    }

    /** Whether more than the size limit arrived. */
    boolean oversized() {
        return total > maxSize;
    }

    /** The octets received so far, kept or not. */
    long total() {
        return total;
    }

    /** A copy of the content (callers use it once, at the end). */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void ensure(int extra) {
        int needed = length + extra;
        if (needed > bytes.length) {
            long grown = Math.max((long) bytes.length * 2, needed);
            bytes = Arrays.copyOf(bytes, (int) Math.min(grown, Math.max(maxSize, needed)));
        }
    }
}
