package dev.fakegmail.benchmarks.jmh;

import dev.fakegmail.benchmarks.fixtures.ImapMailbox;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
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
 * Scenario 10: IMAP over a full INBOX with the same client (Angus Mail's {@code imaps} store, one logged-in
 * connection): {@code SELECT INBOX} ({@code folder.open(READ_WRITE)}), and {@code FETCH 1:* (FLAGS ENVELOPE …)}
 * ({@code folder.fetch} with a {@link FetchProfile} of ENVELOPE and FLAGS) on freshly opened folders, so Angus Mail
 * holds nothing from an earlier call. Closing the folder is outside the measured call.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImapBenchmark {
    /** Messages in the INBOX. */
    public static final int MESSAGES = 10_000;

    /** fake-gmail: {@code SELECT INBOX}. */
    @Benchmark
    public int fakeGmailSelect(FakeGmailSelect select) throws MessagingException {
        return select.open();
    }

    /** GreenMail: {@code SELECT INBOX}. */
    @Benchmark
    public int greenMailSelect(GreenMailSelect select) throws MessagingException {
        return select.open();
    }

    /** fake-gmail: {@code FETCH 1:* (FLAGS ENVELOPE INTERNALDATE RFC822.SIZE)} on the open INBOX. */
    @Benchmark
    public int fakeGmailFetch(FakeGmailFetch fetch) throws MessagingException {
        return fetch.fetchAll();
    }

    /** GreenMail: the same FETCH. */
    @Benchmark
    public int greenMailFetch(GreenMailFetch fetch) throws MessagingException {
        return fetch.fetchAll();
    }

    /** A filled mailbox and its logged-in store, for the trial. */
    public abstract static class Filled {
        private ImapMailbox mailbox;
        private Folder inbox;

        /** Which server to fill. */
        protected abstract ImapMailbox fill(int messages) throws MessagingException;

        /** Starts and fills the server, logs in. */
        @Setup(Level.Trial)
        public void start() throws MessagingException {
            mailbox = fill(MESSAGES);
        }

        /** A folder object of its own for each call, so no state of Angus Mail's carries over. */
        @Setup(Level.Invocation)
        public void freshFolder() throws MessagingException {
            inbox = mailbox.inbox();
            ready(inbox);
        }

        /** Prepares the fresh folder before the measured call (not measured); nothing by default. */
        protected void ready(Folder folder) throws MessagingException {
            // the call itself opens it
        }

        /** Closes the INBOX when the call opened it. */
        @TearDown(Level.Invocation)
        public void closeFolder() throws MessagingException {
            if (inbox.isOpen()) {
                inbox.close(false);
            }
        }

        /** Logs out, stops the server. */
        @TearDown(Level.Trial)
        public void stop() {
            mailbox.close();
        }

        Folder inbox() {
            return inbox;
        }
    }

    /** A mailbox whose INBOX each call selects. */
    public abstract static class Select extends Filled {
        int open() throws MessagingException {
            inbox().open(Folder.READ_WRITE);
            return inbox().getMessageCount();
        }
    }

    /** A mailbox whose INBOX is selected before each call, which fetches every message's flags and envelope. */
    public abstract static class Fetch extends Filled {
        private static final FetchProfile FLAGS_AND_ENVELOPE = new FetchProfile();

        static {
            FLAGS_AND_ENVELOPE.add(FetchProfile.Item.ENVELOPE);
            FLAGS_AND_ENVELOPE.add(FetchProfile.Item.FLAGS);
        }

        @Override
        protected void ready(Folder folder) throws MessagingException {
            folder.open(Folder.READ_WRITE);
        }

        int fetchAll() throws MessagingException {
            Message[] messages = inbox().getMessages();
            inbox().fetch(messages, FLAGS_AND_ENVELOPE);
            if (!"Benchmark message".equals(messages[messages.length - 1].getSubject())) {
                throw new IllegalStateException("The last message's envelope has another subject: "
                        + messages[messages.length - 1].getSubject());
            }
            return messages.length;
        }
    }

    /** fake-gmail's IMAPS, for SELECT. */
    @State(Scope.Benchmark)
    public static class FakeGmailSelect extends Select {
        @Override
        protected ImapMailbox fill(int messages) throws MessagingException {
            return ImapMailbox.fakeGmail(messages);
        }
    }

    /** GreenMail's IMAPS, for SELECT. */
    @State(Scope.Benchmark)
    public static class GreenMailSelect extends Select {
        @Override
        protected ImapMailbox fill(int messages) throws MessagingException {
            return ImapMailbox.greenMail(messages);
        }
    }

    /** fake-gmail's IMAPS, for FETCH. */
    @State(Scope.Benchmark)
    public static class FakeGmailFetch extends Fetch {
        @Override
        protected ImapMailbox fill(int messages) throws MessagingException {
            return ImapMailbox.fakeGmail(messages);
        }
    }

    /** GreenMail's IMAPS, for FETCH. */
    @State(Scope.Benchmark)
    public static class GreenMailFetch extends Fetch {
        @Override
        protected ImapMailbox fill(int messages) throws MessagingException {
            return ImapMailbox.greenMail(messages);
        }
    }
}
