package dev.fakegmail.benchmarks.process;

import dev.fakegmail.benchmarks.fixtures.Contender;
import dev.fakegmail.benchmarks.fixtures.FakeGmailFixture;
import dev.fakegmail.benchmarks.fixtures.GreenMailFixture;
import dev.fakegmail.benchmarks.fixtures.GreenMailFixture.Protocol;
import dev.fakegmail.server.FakeGmailServer;
import com.icegreen.greenmail.util.GreenMail;

/**
 * Scenario 1, cold: the first start and stop of a server in a fresh JVM, class loading included, and for fake-gmail
 * the generation of the test CA and server certificate. Run as {@code FirstStart <server>}; prints
 * {@code result.startMillis} and {@code result.startStopMillis}.
 */
public final class FirstStart {
    private FirstStart() {
    }

    /** Measures one first start; the argument is a {@link Contender#argument()}. */
    public static void main(String[] args) {
        Contender contender = Contender.parse(args[0]);
        long begin = System.nanoTime();
        AutoCloseable stop = start(contender);
        long started = System.nanoTime();
        close(stop);
        long stopped = System.nanoTime();
        ChildOutput.result("startMillis", (started - begin) / 1e6);
        ChildOutput.result("startStopMillis", (stopped - begin) / 1e6);
    }

    private static AutoCloseable start(Contender contender) {
        if (contender == Contender.FAKE_GMAIL) {
            FakeGmailServer server = FakeGmailFixture.newServer().start();
            return server::close;
        }
        GreenMail greenMail = GreenMailFixture.newServer(
                contender == Contender.GREENMAIL_SMTPS ? Protocol.SMTPS : Protocol.SMTP);
        greenMail.start();
        return greenMail::stop;
    }

    private static void close(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception e) {
            throw new IllegalStateException("stopping the server failed: " + e.getMessage(), e);
        }
    }
}
