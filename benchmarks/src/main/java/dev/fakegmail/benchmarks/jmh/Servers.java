package dev.fakegmail.benchmarks.jmh;

import dev.fakegmail.benchmarks.fixtures.Contender;
import dev.fakegmail.benchmarks.fixtures.MailTarget;
import dev.fakegmail.benchmarks.fixtures.TestMessages;
import dev.fakegmail.benchmarks.fixtures.TlsFloor;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.io.IOException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The servers under test as JMH states, one server per trial, shared by all benchmark threads. Each iteration starts
 * with empty mailboxes, so throughput runs do not keep every message of the trial.
 */
public final class Servers {
    private Servers() {
    }

    /** A server of one {@link Contender}, started for the trial. */
    public abstract static class Running {
        private MailTarget target;

        /** Which server this state runs. */
        protected abstract Contender contender();

        /** Starts the server. */
        @Setup(Level.Trial)
        public void start() {
            target = contender().start();
        }

        /** Empties the mailboxes. */
        @Setup(Level.Iteration)
        public void reset() {
            target.reset();
        }

        /** Stops the server. */
        @TearDown(Level.Trial)
        public void stop() {
            target.close();
        }

        /** The running server. */
        public MailTarget target() {
            return target;
        }

        /** What {@code Transport.send} does: one new connection, EHLO, (STARTTLS,) AUTH, one message, QUIT. */
        public void sendOnNewConnection() throws MessagingException {
            Transport.send(TestMessages.text(target.session(), target.sender(), TestMessages.SMALL_BODY));
        }
    }

    /** fake-gmail: STARTTLS and AUTH with the app password, the test CA verified. */
    @State(Scope.Benchmark)
    public static class FakeGmail extends Running {
        @Override
        protected Contender contender() {
            return Contender.FAKE_GMAIL;
        }
    }

    /** GreenMail's plain SMTP with AUTH. */
    @State(Scope.Benchmark)
    public static class GreenMailSmtp extends Running {
        @Override
        protected Contender contender() {
            return Contender.GREENMAIL_SMTP;
        }
    }

    /** GreenMail's SMTPS with AUTH. */
    @State(Scope.Benchmark)
    public static class GreenMailSmtps extends Running {
        @Override
        protected Contender contender() {
            return Contender.GREENMAIL_SMTPS;
        }
    }

    /** The bare JDK TLS server with fake-gmail's key material (see {@link TlsFloor}). */
    @State(Scope.Benchmark)
    public static class Floor {
        private TlsFloor floor;

        /** Starts the floor server. */
        @Setup(Level.Trial)
        public void start() throws IOException {
            floor = TlsFloor.start();
        }

        /** Stops it. */
        @TearDown(Level.Trial)
        public void stop() throws IOException {
            floor.close();
        }

        /** One connection with a TLS handshake. */
        public int handshake() throws IOException {
            return floor.handshake();
        }
    }
}
