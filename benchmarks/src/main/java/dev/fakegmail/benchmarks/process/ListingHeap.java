package dev.fakegmail.benchmarks.process;

import dev.fakegmail.benchmarks.fixtures.Contender;
import dev.fakegmail.benchmarks.fixtures.FakeGmailFixture;
import dev.fakegmail.benchmarks.fixtures.MailTarget;
import dev.fakegmail.benchmarks.fixtures.ParallelFill;
import dev.fakegmail.server.MessageQuery;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;

/**
 * Scenario 8's heap per message: fills a server as the listing benchmark does ({@link ParallelFill}, subjects
 * {@code note 000001}, …, a body of {@code bodyBytes}), lets fake-gmail's search index take in every message (one
 * filtered page), and prints {@code result.retainedBytes}: heap in use after full collections, minus the same before
 * the first message, as {@link HeapRetained} measures it.
 */
public final class ListingHeap {
    private static final int WARM_UP_MESSAGES = 200;

    private ListingHeap() {
    }

    /** Arguments: server ({@link Contender#argument()}), message count, body size in bytes. */
    public static void main(String[] args) throws MessagingException {
        Contender contender = Contender.parse(args[0]);
        int count = Integer.parseInt(args[1]);
        int bodyBytes = Integer.parseInt(args[2]);
        try (MailTarget target = contender.start()) {
            fill(target, WARM_UP_MESSAGES, bodyBytes);
            target.awaitMessages(WARM_UP_MESSAGES);
            target.reset();
            long before = ChildOutput.usedHeapAfterGc();
            fill(target, count, bodyBytes);
            target.awaitMessages(count); // every 250 was read before the fill returned: no wait
            if (target instanceof FakeGmailFixture fakeGmail) {
                fakeGmail.server().messages(MessageQuery.builder().subject("note 000001").build());
            }
            long after = ChildOutput.usedHeapAfterGc();
            ChildOutput.result("retainedBytes", after - before);
        }
    }

    private static void fill(MailTarget target, int count, int bodyBytes) {
        ParallelFill.fill(target.session(), target.sender(), bodyBytes, count, ParallelFill.CONNECTIONS, () -> {
            Transport transport = target.session().getTransport("smtp");
            transport.connect();
            return transport;
        });
    }
}
