package dev.fakegmail.benchmarks.jmh;

import com.icegreen.greenmail.util.GreenMail;
import dev.fakegmail.benchmarks.fixtures.FakeGmailFixture;
import dev.fakegmail.benchmarks.fixtures.GreenMailFixture.Protocol;
import dev.fakegmail.benchmarks.fixtures.GreenMailFixture;
import dev.fakegmail.server.FakeGmailServer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Scenario 1, warm: build, start (both ports accept connections) and stop a server in a JVM that already did so.
 * fake-gmail always opens its STARTTLS and implicit-TLS ports; GreenMail is measured with SMTP alone and with SMTP
 * and SMTPS, the same two ports.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartStopBenchmark {

    /** fake-gmail with its two ports. */
    @Benchmark
    public void fakeGmail() {
        FakeGmailServer server = FakeGmailFixture.newServer().start();
        server.close();
    }

    /** GreenMail with SMTP only. */
    @Benchmark
    public void greenMailSmtp() {
        startAndStop(GreenMailFixture.newServer(Protocol.SMTP));
    }

    /** GreenMail with SMTP and SMTPS. */
    @Benchmark
    public void greenMailSmtpAndSmtps() {
        startAndStop(GreenMailFixture.newServer(Protocol.SMTP, Protocol.SMTPS));
    }

    private static void startAndStop(GreenMail greenMail) {
        greenMail.start();
        greenMail.stop();
    }
}
