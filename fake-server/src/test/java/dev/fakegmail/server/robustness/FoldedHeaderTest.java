package dev.fakegmail.server.robustness;

import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.protocol.RawSmtpClient;
import dev.fakegmail.server.protocol.TestMessages;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/robustness.md, folded headers: a header field folded 100,000 times (400 KB, inside Gmail's header limits since
 * References has no per-field limit) costs the server a small multiple of its size, in the session that receives it
 * (the From rewrite, the added headers) and in the accessors that read it back (Jakarta Mail's unfolding). Measured
 * as bytes allocated by the threads involved, not as time: a quadratic step allocates gigabytes here.
 */
class FoldedHeaderTest {
    private static final int FOLDS = 100_000;
    /** Bytes a message may make the server allocate, per byte of message: copies, a few buffers, parsing. */
    private static final int COST_PER_BYTE = 40;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void aHeaderFolded100000TimesCostsASmallMultipleOfItsSize() throws Exception {
        try (Arena arena = Arena.start().withWitness(); RawSmtpClient client = arena.loggedIn()) {
            String token = TestMessages.token();
            String message = "From: Alice <" + Arena.ALICE.address() + ">\r\nTo: bob@example.com\r\nSubject: " + token
                    + "\r\nReferences:" + " r\r\n".repeat(FOLDS - 1) + " last\r\n\r\nbody\r\n";
            client.expect("MAIL FROM:<" + Arena.ALICE.address() + ">", MAIL_OK);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
            client.expect("DATA", GO_AHEAD);
            long before = allocatedBySessions(arena.smtpPort());
            client.send(message + ".\r\n");
            client.expectReply(MESSAGE_ACCEPTED);
            arena.deliveredElsewhere(token);
            long byServer = allocatedBySessions(arena.smtpPort()) - before;
            assertThat(byServer).as("bytes the sessions allocated for a %s-byte message", message.length())
                    .isLessThan((long) COST_PER_BYTE * message.length());

            ReceivedMessage stored = TestMessages.stored(arena.server, token);
            long reading = allocatedByThisThread();
            List<String> references = stored.header("References");
            long byHeader = allocatedByThisThread() - reading;
            assertThat(references).containsExactly("r ".repeat(FOLDS - 1) + "last");
            assertThat(byHeader).as("bytes allocated by header(\"References\") (one parse of the message)")
                    .isLessThan((long) COST_PER_BYTE * message.length());
            reading = allocatedByThisThread();
            assertThat(stored.subject()).isEqualTo(token);
            assertThat(allocatedByThisThread() - reading).as("bytes allocated by subject()")
                    .isLessThan((long) COST_PER_BYTE * message.length());
            arena.deliver(client);
            arena.assertOthersUnaffected();
        }
    }

    private static long allocatedBySessions(int port) {
        long[] ids = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("fake-gmail-" + port + "-session-"))
                .mapToLong(Thread::getId).toArray();
        long total = 0;
        for (long bytes : THREADS.getThreadAllocatedBytes(ids)) {
            total += Math.max(0, bytes);
        }
        return total;
    }

    private static long allocatedByThisThread() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
