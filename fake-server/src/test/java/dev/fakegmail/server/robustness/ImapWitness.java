package dev.fakegmail.server.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.imap.RawImapClient;
import java.io.IOException;

/**
 * The IMAP side of an {@link Arena}'s checks after a hostile case (docs/robustness.md, IMAP cases): an IMAP session
 * opened before the case, signed in with the INBOX selected, still answers; a fresh SMTP delivery is stored (the
 * arena's own checks); and a new IMAP session sees every message the arena delivered in {@code [Gmail]/Sent Mail}.
 */
final class ImapWitness implements AutoCloseable {
    private final Arena arena;
    private final RawImapClient session;

    private ImapWitness(Arena arena, RawImapClient session) {
        this.arena = arena;
        this.session = session;
    }

    /** Signs {@link Arena#ALICE} in and selects her INBOX. */
    static ImapWitness open(Arena arena) throws IOException {
        RawImapClient session = loggedIn(arena);
        assertThat(session.command("w0", "SELECT INBOX")).contains("w0 OK");
        return new ImapWitness(arena, session);
    }

    static RawImapClient loggedIn(Arena arena) throws IOException {
        RawImapClient client = RawImapClient.connect(arena.server);
        assertThat(client.command("l1", "LOGIN " + Arena.ALICE.address() + " " + Arena.ALICE.compactAppPassword()))
                .endsWith("l1 OK " + Arena.ALICE.address() + " authenticated (Success)\r\n");
        return client;
    }

    /** The witness answers, SMTP still delivers, and a new IMAP session finds every delivered message. */
    void assertServes() throws IOException {
        assertThat(session.command("w1", "NOOP")).endsWith("w1 OK NOOP completed.\r\n");
        arena.assertOthersUnaffected();
        int sent = arena.server.receivedMessages().size();
        try (RawImapClient fresh = loggedIn(arena)) {
            assertThat(fresh.command("w2", "STATUS \"[Gmail]/Sent Mail\" (MESSAGES)"))
                    .contains("(MESSAGES " + sent + ")");
        }
    }

    @Override
    public void close() throws IOException {
        session.close();
    }
}
