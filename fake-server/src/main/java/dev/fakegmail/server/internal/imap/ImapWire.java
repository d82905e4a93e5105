package dev.fakegmail.server.internal.imap;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes the door's own reply lines, each ended with CRLF and flushed, on the stream GreenMail's replies also use
 * (GreenMail hands each of its lines to the stream whole, at its end, so the two never interleave within a line; the
 * socket sees GreenMail's lines when its command is done, {@link HeldFlushes}).
 */
final class ImapWire {
    private final OutputStream out;

    ImapWire(OutputStream out) {
        this.out = out;
    }

    /** Writes one table reply. */
    void reply(GimapReply reply, Object... arguments) {
        line(reply.line(arguments));
    }

    /** Writes one line. */
    void line(String text) {
        try {
            out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
