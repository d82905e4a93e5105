package dev.fakegmail.benchmarks.process;

import dev.fakegmail.benchmarks.fixtures.Contender;
import dev.fakegmail.benchmarks.fixtures.MailTarget;
import dev.fakegmail.benchmarks.fixtures.TestMessages;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * Scenario 5a: the heap a server keeps for stored messages. Sends {@code count} messages with a body of
 * {@code bodyBytes} over one connection, waits for them, and prints {@code result.retainedBytes}: heap in use after
 * full collections, minus the same before the first of them was sent.
 */
public final class HeapRetained {
    private static final int WARM_UP_MESSAGES = 200;

    private HeapRetained() {
    }

    /** Arguments: server ({@link Contender#argument()}), message count, body size in bytes. */
    public static void main(String[] args) throws MessagingException {
        Contender contender = Contender.parse(args[0]);
        int count = Integer.parseInt(args[1]);
        int bodyBytes = Integer.parseInt(args[2]);
        try (MailTarget target = contender.start()) {
            MimeMessage message = TestMessages.text(target.session(), target.sender(), bodyBytes);
            Transport transport = target.session().getTransport("smtp");
            transport.connect();
            send(transport, message, WARM_UP_MESSAGES);
            target.awaitMessages(WARM_UP_MESSAGES);
            target.reset();
            long before = ChildOutput.usedHeapAfterGc();
            send(transport, message, count);
            target.awaitMessages(count);
            long after = ChildOutput.usedHeapAfterGc();
            transport.close();
            ChildOutput.result("retainedBytes", after - before);
        }
    }

    private static void send(Transport transport, MimeMessage message, int count) throws MessagingException {
        for (int i = 0; i < count; i++) {
            transport.sendMessage(message, message.getAllRecipients());
        }
    }
}
