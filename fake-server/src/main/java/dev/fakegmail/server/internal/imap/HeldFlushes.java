package dev.fakegmail.server.internal.imap;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The stream GreenMail's replies to one command are written to: every write passes through at once, in order with
 * the door's own lines, but GreenMail's flush after each line does not reach the socket; the handoff flushes once
 * when the command is done. GreenMail ends every untagged line with a flush, so {@code FETCH 1:*} on 10,000 messages
 * was 10,000 TLS records and socket writes; held, it is one per buffer of 8 KiB. A command continuation
 * ({@code + go ahead} before a literal) is written and flushed by the request reader on the underlying stream, which
 * sends whatever the command wrote before it too.
 */
final class HeldFlushes extends FilterOutputStream {

    HeldFlushes(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void flush() {
        // held until the command is done (GreenMailHandoff)
    }

    @Override
    public void close() {
        // the session owns the stream
    }
}
