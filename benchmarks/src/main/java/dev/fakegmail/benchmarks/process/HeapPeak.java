package dev.fakegmail.benchmarks.process;

import dev.fakegmail.benchmarks.fixtures.Contender;
import dev.fakegmail.benchmarks.fixtures.MailTarget;
import dev.fakegmail.benchmarks.fixtures.TestMessages;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Scenario 5b: the heap a server needs while it receives one large message. The client generates the body while
 * sending, so it holds no copy. A sampler thread runs full collections back to back during the transfer and keeps
 * the largest heap still in use after one; the growth over the heap in use before the transfer is printed as
 * {@code result.peakGrowthBytes}, and what stays after it as {@code result.retainedBytes}.
 *
 * <p>Sampling can miss a peak that lives shorter than one collection, so the figure is a lower bound of the true
 * peak; what the server keeps once the message is stored is exact.
 */
public final class HeapPeak {
    private HeapPeak() {
    }

    /** Arguments: server ({@link Contender#argument()}), body size in bytes. */
    public static void main(String[] args) throws MessagingException, InterruptedException {
        Contender contender = Contender.parse(args[0]);
        long bodyBytes = Long.parseLong(args[1]);
        try (MailTarget target = contender.start()) {
            Transport transport = target.session().getTransport("smtp");
            transport.connect();
            MimeMessage small = TestMessages.text(target.session(), target.sender(), TestMessages.SMALL_BODY);
            transport.sendMessage(small, small.getAllRecipients());
            target.awaitMessages(1);
            target.reset();
            MimeMessage large = TestMessages.streamed(target.session(), target.sender(), bodyBytes);
            long before = ChildOutput.usedHeapAfterGc();
            Sampler sampler = new Sampler();
            sampler.start();
            transport.sendMessage(large, large.getAllRecipients());
            target.awaitMessages(1);
            long peak = sampler.finish();
            long after = ChildOutput.usedHeapAfterGc();
            transport.close();
            ChildOutput.result("peakGrowthBytes", Math.max(peak, after) - before);
            ChildOutput.result("retainedBytes", after - before);
        }
    }

    /** Collects and samples the heap in use until told to stop. */
    private static final class Sampler extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile boolean running = true;
        private long peak;

        Sampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                System.gc();
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            }
        }

        long finish() throws InterruptedException {
            running = false;
            join();
            return peak;
        }
    }
}
