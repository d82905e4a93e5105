package dev.fakegmail.server.internal.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fakegmail.server.internal.auth.AuthResult;
import dev.fakegmail.server.internal.delivery.Submission;
import dev.fakegmail.server.internal.tls.ServerTls;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Fuzz target for the command parser: arbitrary client bytes through a real {@link SmtpSession} (line reader, verb
 * table, MAIL/RCPT parameters, AUTH, DATA and BDAT), in memory, once as plain text and once as if encrypted. The
 * session must end at the end of the input, answer only with well-formed replies (three digits, CRLF, no control
 * characters), never fail internally (no {@code 421} for an exception, no warning logged), and store only messages
 * within the limits, each with its {@code 250}.
 */
class SmtpSessionFuzzTest {
    private static final Pattern REPLY_LINE = Pattern.compile("[2-5][0-9]{2}[ -][\\x20-\\x7e]*");
    private static final Logger SESSION_LOG = Logger.getLogger(SmtpSession.class.getName());
    private static final List<LogRecord> WARNINGS = new ArrayList<>();
    private static final Recorder BACKEND = new Recorder();
    private static final SmtpServer SERVER = new SmtpServer(new SmtpConfig(InetAddress.getLoopbackAddress(),
            Clock.systemUTC(), Duration.ofHours(1), Duration.ofHours(1), 10, 64, 100, 300, 200, 3, 8, 1,
            HeaderLimits.GMAIL),
            BACKEND, ServerTls.shared(), FaultHook.NONE);

    static {
        SESSION_LOG.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    synchronized (WARNINGS) {
                        WARNINGS.add(record);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"EHLO x\\x0d\\x0a", "HELO x\\x0d\\x0a", "STARTTLS\\x0d\\x0a",
        "AUTH PLAIN AHVAZ21haWwuY29tAHA=\\x0d\\x0a", "AUTH LOGIN\\x0d\\x0a", "dUBnbWFpbC5jb20=\\x0d\\x0a",
        "cA==\\x0d\\x0a", "AUTH XOAUTH2 ", "MAIL FROM:<a@b.c>", " SIZE=", " BODY=8BITMIME", " SMTPUTF8",
        "RCPT TO:<b@c.d>\\x0d\\x0a", "DATA\\x0d\\x0a", "\\x0d\\x0a.\\x0d\\x0a", "BDAT ", " LAST\\x0d\\x0a",
        "RSET\\x0d\\x0a", "NOOP\\x0d\\x0a", "QUIT\\x0d\\x0a", "GET / HTTP/1.1\\x0d\\x0a", "\\x0d\\x0a", "\\x0a",
        "*\\x0d\\x0a"})
    void anyBytesGetWellFormedRepliesAndTheSessionEnds(byte[] input) {
        for (boolean tls : new boolean[] {true, false}) {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Socket socket = tls ? InMemorySocket.tls(input, output) : InMemorySocket.plain(input, output);
            int storedBefore = BACKEND.stored.size();
            synchronized (WARNINGS) {
                WARNINGS.clear();
            }
            new SmtpSession(SERVER, socket, false).run();

            String replies = output.toString(StandardCharsets.ISO_8859_1);
            assertThat(replies).startsWith("220 smtp.gmail.com ESMTP ").endsWith("\r\n");
            int accepted = 0;
            for (String line : replies.substring(0, replies.length() - 2).split("\r\n", -1)) {
                assertThat(line).as("reply line").matches(REPLY_LINE);
                assertThat(line).as("no internal failure").doesNotStartWith("421 4.3.0");
                if (line.startsWith("250 2.0.0 OK  ")) {
                    accepted++;
                }
            }
            synchronized (WARNINGS) {
                assertThat(WARNINGS).as("warnings logged by the session").isEmpty();
            }
            List<Submission> stored = BACKEND.stored.subList(storedBefore, BACKEND.stored.size());
            assertThat(stored).hasSize(accepted);
            for (Submission submission : stored) {
                assertThat(submission.data().length).isLessThanOrEqualTo(200);
                assertThat(submission.recipients()).hasSizeBetween(1, 3);
                assertThat(submission.heloName()).doesNotContain("\r", "\n");
            }
            BACKEND.stored.clear();
        }
    }

    /** Accepts {@code u@gmail.com} with {@code p}; keeps what is stored. */
    private static final class Recorder implements SmtpBackend {
        final List<Submission> stored = new ArrayList<>();

        @Override
        public AuthResult authenticate(String username, String password) {
            return "u@gmail.com".equals(username) && "p".equals(password) ? AuthResult.ACCEPTED
                    : AuthResult.BAD_CREDENTIALS;
        }

        @Override
        public AuthResult authenticateBearer(String username, String token) {
            return AuthResult.BAD_CREDENTIALS;
        }

        @Override
        public boolean maySend(String username) {
            return true;
        }

        @Override
        public void store(Submission submission) {
            stored.add(submission);
        }

        @Override
        public void acknowledged(Submission submission) {
        }
    }
}
