package dev.fakegmail.server.internal.imap;

import com.icegreen.greenmail.imap.ImapRequestLineReader;
import com.icegreen.greenmail.imap.ImapResponse;
import com.icegreen.greenmail.imap.ImapSession;
import com.icegreen.greenmail.imap.ProtocolException;
import com.icegreen.greenmail.imap.commands.ImapCommand;
import com.icegreen.greenmail.imap.commands.ImapCommandFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The commands whose replies are GreenMail's own ({@code SELECT}, {@code FETCH}, {@code APPEND}, …): refused in the
 * wrong state with Gmail's texts, otherwise run by GreenMail's implementation after every accepted message was filed.
 */
final class GreenMailHandoff {
    private final ImapBackend backend;
    private final ImapWire wire;
    private final ImapCommandFactory commands = new ImapCommandFactory();
    private final PartialFetch chunks = new PartialFetch(commands.getCommand("FETCH"));

    GreenMailHandoff(ImapBackend backend, ImapWire wire) {
        this.backend = backend;
        this.wire = wire;
    }

    /**
     * Hands a command to GreenMail: its mailbox arguments quoted ({@link MailboxQuoting}), the rest of the line and
     * the stream behind it unchanged.
     */
    ImapRequestLineReader hand(String tag, String name, ImapRequestLineReader request, InputStream in,
                               OutputStream out, ImapSession session) throws ProtocolException {
        ImapCommand command = commands.getCommand(name);
        if (command == null) {
            wire.reply(GimapReply.UNKNOWN_COMMAND, tag);
            return request;
        }
        if (!command.validForState(session.getState())) {
            wire.reply(GimapReply.INVALID_STATE, tag);
            return request;
        }
        String rest = MailboxQuoting.rewrite(name, restOfLine(request));
        ImapRequestLineReader rewritten = new ImapRequestLineReader(new SequenceInputStream(
                new ByteArrayInputStream(rest.getBytes(StandardCharsets.ISO_8859_1)), in), out);
        ImapResponse response = new ImapResponse(new HeldFlushes(out));
        response.setTag(tag);
        backend.sync();
        try {
            if (!isChunk(name) || !chunks.answer(command, rest, rewritten, response, session)) {
                command.process(rewritten, response, session);
            }
        } finally {
            flush(out);
        }
        return rewritten;
    }

    private boolean isChunk(String name) {
        if (name.equals("FETCH") || name.equals("UID")) {
            return true;
        }
        chunks.forget();
        return false;
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything after the command name up to and including the line feed. */
    private static String restOfLine(ImapRequestLineReader request) throws ProtocolException {
        StringBuilder rest = new StringBuilder();
        char c;
        do {
            c = request.consume();
            rest.append(c);
        } while (c != '\n');
        return rest.toString();
    }
}
