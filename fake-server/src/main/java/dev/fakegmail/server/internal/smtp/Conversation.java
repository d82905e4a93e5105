package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.Stage;
import java.io.IOException;

/** What a multi-step exchange (AUTH) needs from its session: send a reply, read the client's next line. */
interface Conversation {

    /** Queues a reply; it is flushed before the next read. */
    void reply(GmailReply reply, Object... args) throws IOException;

    /** Flushes pending replies and reads the client's next line under the given octet limit. */
    SmtpInput.Line readLine(int maxOctets) throws IOException;

    /**
     * Lets an injected fault strike at this point.
     *
     * @return true when the fault consumed the command (it replied instead, or dropped the connection)
     */
    boolean strike(Stage point, java.util.Optional<String> account) throws IOException;
}
