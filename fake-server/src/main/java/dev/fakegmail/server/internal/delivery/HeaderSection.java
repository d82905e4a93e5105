package dev.fakegmail.server.internal.delivery;

/** Where a submitted message's header section ends; shared by the header limits check and Gmail's rewrite. */
public final class HeaderSection {
    private HeaderSection() {
    }

    /**
     * The offset of the empty line that ends the header section (CRLF CRLF or LF LF), 0 when the message starts with
     * one, or the whole message's length when there is none.
     */
    public static int end(byte[] message) {
        if (message.length > 0 && (message[0] == '\n' || message[0] == '\r')) {
            return 0;
        }
        for (int i = 0; i < message.length; i++) {
            if (message[i] == '\n') {
                int next = i + 1;
                if (next < message.length && message[next] == '\n') {
                    return next;
                }
                if (next + 1 < message.length && message[next] == '\r' && message[next + 1] == '\n') {
                    return next;
                }
            }
        }
        return message.length;
    }
}
