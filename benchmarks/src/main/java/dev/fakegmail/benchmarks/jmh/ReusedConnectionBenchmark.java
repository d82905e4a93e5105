package dev.fakegmail.benchmarks.jmh;

import dev.fakegmail.benchmarks.fixtures.MailTarget;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scenario 3: many messages over one connection that logged in once (fake-gmail after STARTTLS), each a
 * MAIL, RCPT, DATA exchange with a 1 KiB text body.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReusedConnectionBenchmark {

    /** fake-gmail: messages per second over one STARTTLS connection. */
    @Benchmark
    public void fakeGmailStartTls(FakeGmailConnection connection) throws MessagingException {
        connection.send();
    }

    /** GreenMail: messages per second over one plain SMTP connection. */
    @Benchmark
    public void greenMailSmtp(GreenMailConnection connection) throws MessagingException {
        connection.send();
    }

    /** One connected, logged-in client per benchmark thread and its message. */
    public abstract static class Connection {
        private Transport transport;
        private MimeMessage message;

        /** Connects and logs in. */
        protected void connect(MailTarget target) throws MessagingException {
            message = TestMessages.text(target.session(), target.sender(), TestMessages.SMALL_BODY);
            transport = target.session().getTransport("smtp");
            transport.connect();
        }

        /** Sends the message once more over the open connection. */
        void send() throws MessagingException {
            transport.sendMessage(message, message.getAllRecipients());
        }

        /** Says QUIT. */
        @TearDown(Level.Trial)
        public void close() throws MessagingException {
            transport.close();
        }
    }

    /** A connection to fake-gmail. */
    @State(Scope.Thread)
    public static class FakeGmailConnection extends Connection {
        /** Connects to the trial's server. */
        @Setup(Level.Trial)
        public void open(Servers.FakeGmail server) throws MessagingException {
            connect(server.target());
        }
    }

    /** A connection to GreenMail's plain SMTP. */
    @State(Scope.Thread)
    public static class GreenMailConnection extends Connection {
        /** Connects to the trial's server. */
        @Setup(Level.Trial)
        public void open(Servers.GreenMailSmtp server) throws MessagingException {
            connect(server.target());
        }
    }
}
