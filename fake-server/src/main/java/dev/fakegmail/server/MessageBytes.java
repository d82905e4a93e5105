package dev.fakegmail.server;

/**
 * A received message's bytes, kept once: what the client submitted, and the header section Gmail delivers in place
 * of the submitted one (the body is shared). Immutable; the arrays are owned by this object.
 */
final class MessageBytes {
    private final byte[] submitted;
    private final byte[] deliveredHeader;
    private final int bodyOffset;

    /**
     * @param submitted       the message as the client sent it
     * @param deliveredHeader what Gmail delivers in place of {@code submitted[0, bodyOffset)}
     * @param bodyOffset      where the submitted message's body (its empty line) starts
     */
    MessageBytes(byte[] submitted, byte[] deliveredHeader, int bodyOffset) {
        if (bodyOffset < 0 || bodyOffset > submitted.length) {
            throw new IllegalArgumentException("body offset " + bodyOffset + " outside 0.." + submitted.length);
        }
        this.submitted = submitted;
        this.deliveredHeader = deliveredHeader;
        this.bodyOffset = bodyOffset;
    }

    /** Bytes whose delivered and submitted forms are the same. */
    static MessageBytes unchanged(byte[] message) {
        return new MessageBytes(message, new byte[0], 0);
    }

    /** A new array: the delivered form. */
    byte[] delivered() {
        byte[] out = new byte[deliveredHeader.length + submitted.length - bodyOffset];
        System.arraycopy(deliveredHeader, 0, out, 0, deliveredHeader.length);
        System.arraycopy(submitted, bodyOffset, out, deliveredHeader.length, submitted.length - bodyOffset);
        return out;
    }

    /** A new array: the submitted form. */
    byte[] submitted() {
        return submitted.clone();
    }
}
