package dev.fakegmail.benchmarks.jmh;

import dev.fakegmail.benchmarks.fixtures.TestMessages;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The pathological header section of issue 12: a {@code References:} field folded 100,000 times (about 400 KB, inside
 * Gmail's header limits), sent as one message per connection; each server receives, parses and stores it before its
 * {@code 250}. The message is built once per trial, so the client's work is only writing it.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FoldedHeaderBenchmark {
    /** Continuation lines in the References field. */
    public static final int FOLDS = 100_000;

    /** fake-gmail: STARTTLS, AUTH and the folded message. */
    @Benchmark
    public void fakeGmailStartTls(FakeGmailFolded state) throws MessagingException {
        state.send();
    }

    /** GreenMail: plain SMTP, AUTH and the folded message. */
    @Benchmark
    public void greenMailSmtp(GreenMailFolded state) throws MessagingException {
        state.send();
    }

    /** The message, built for {@code running}'s session and sender: a 1 KiB text with the folded field. */
    static MimeMessage folded(Servers.Running running) {
        try {
            MimeMessage message = TestMessages.text(running.target().session(), running.target().sender(),
                    TestMessages.SMALL_BODY);
            StringBuilder references = new StringBuilder(FOLDS * 4);
            for (int i = 0; i < FOLDS; i++) {
                references.append(i == 0 ? "r" : "\r\n r");
            }
            message.setHeader("References", references.toString());
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot build the folded message", e);
        }
    }

    /** fake-gmail with the folded message. */
    @State(Scope.Benchmark)
    public static class FakeGmailFolded extends Servers.FakeGmail {
        private MimeMessage message;

        /** Starts the server and builds the message. */
        @Override
        @Setup(Level.Trial)
        public void start() {
            super.start();
            message = folded(this);
        }

        void send() throws MessagingException {
            Transport.send(message);
        }
    }

    /** GreenMail with the folded message. */
    @State(Scope.Benchmark)
    public static class GreenMailFolded extends Servers.GreenMailSmtp {
        private MimeMessage message;

        /** Starts the server and builds the message. */
        @Override
        @Setup(Level.Trial)
        public void start() {
            super.start();
            message = folded(this);
        }

        void send() throws MessagingException {
            Transport.send(message);
        }
    }
}
