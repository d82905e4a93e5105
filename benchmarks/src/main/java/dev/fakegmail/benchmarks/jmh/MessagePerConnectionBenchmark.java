package dev.fakegmail.benchmarks.jmh;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Scenarios 2 and 4: one message per connection, as {@code Transport.send} does it, with a 1 KiB text body. The
 * report runs it with one thread for the latency (sample time) and with 8 and 32 threads for throughput.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MessagePerConnectionBenchmark {

    /** fake-gmail: connect, EHLO, STARTTLS, TLS handshake, EHLO, AUTH, MAIL, RCPT, DATA, QUIT. */
    @Benchmark
    public void fakeGmailStartTls(Servers.FakeGmail server) throws MessagingException {
        server.sendOnNewConnection();
    }

    /** GreenMail: connect, EHLO, AUTH, MAIL, RCPT, DATA, QUIT in plain text. */
    @Benchmark
    public void greenMailSmtp(Servers.GreenMailSmtp server) throws MessagingException {
        server.sendOnNewConnection();
    }

    /** GreenMail: the same over implicit TLS. */
    @Benchmark
    public void greenMailSmtps(Servers.GreenMailSmtps server) throws MessagingException {
        server.sendOnNewConnection();
    }

    /** The floor: connect and a TLS handshake with fake-gmail's key material and client trust, nothing else. */
    @Benchmark
    public int jdkTlsHandshake(Servers.Floor floor) throws IOException {
        return floor.handshake();
    }
}
