package dev.fakegmail.benchmarks.jmh;

import com.icegreen.greenmail.util.GreenMail;
import dev.fakegmail.benchmarks.fixtures.GreenMailFixture;
import dev.fakegmail.benchmarks.fixtures.MailTarget;
import dev.fakegmail.benchmarks.fixtures.TestMessages;
import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scenario 8: list views over a full mailbox. The trial fills a server with {@code size} messages of about 4 KB
 * (subjects {@code note 000001}, …) over one SMTP connection; each call then asks for the first inbox page, an API
 * page or a one-match search over loopback HTTP, or GreenMail's {@code getReceivedMessages()} (which parses every
 * message) and the same one-match filter on its subjects.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ListingBenchmark {
    private static final int BODY_BYTES = 4000;

    /** The first page of the web inbox, {@code GET /}. */
    @Benchmark
    public String inboxFirstPage(FilledFakeGmail gmail) throws Exception {
        return gmail.get("/");
    }

    /** The newest 50 messages, {@code GET /api/messages?order=newest}. */
    @Benchmark
    public String apiPage(FilledFakeGmail gmail) throws Exception {
        return gmail.get("/api/messages?order=newest");
    }

    /** A search with one match, {@code GET /api/messages?subject=note%20000777}. */
    @Benchmark
    public String oneMatchSearch(FilledFakeGmail gmail) throws Exception {
        return gmail.get("/api/messages?subject=note%20000777");
    }

    /** GreenMail: every received message, parsed. */
    @Benchmark
    public int greenMailReceivedMessages(FilledGreenMail greenMail) {
        return greenMail.greenMail().getReceivedMessages().length;
    }

    /** GreenMail: the same one-match search, over {@code getReceivedMessages()}. */
    @Benchmark
    public long greenMailOneMatchSearch(FilledGreenMail greenMail) {
        return Arrays.stream(greenMail.greenMail().getReceivedMessages()).filter(message -> {
            try {
                return message.getSubject().contains("note 000777");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    /** Sends {@code size} messages over one logged-in connection. */
    static void fill(Transport transport, MimeMessage message, int size) throws MessagingException {
        try {
            for (int i = 1; i <= size; i++) {
                message.setSubject(String.format("note %06d", i));
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        } finally {
            transport.close();
        }
    }

    /** fake-gmail with its HTTP side, filled for the trial. */
    @State(Scope.Benchmark)
    public static class FilledFakeGmail {
        /** Messages in the mailbox. */
        @Param({"1000"})
        public int size;

        private FakeGmailServer server;
        private HttpClient client;

        /** Starts and fills the server. */
        @Setup(Level.Trial)
        public void start() throws MessagingException {
            server = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).http(true).httpPort(0)
                    .account(AccountSettings.of("bench@gmail.com").withDailySendingLimit(Integer.MAX_VALUE)
                            .withAppPassword("benc hmar kapp pass"))
                    .build().start();
            GmailSmtpProfile profile = server.profile();
            Transport transport = profile.session().getTransport("smtp");
            transport.connect(profile.username(), profile.password());
            fill(transport, TestMessages.text(profile.session(), profile.username(), BODY_BYTES), size);
            server.awaitMessages(size, Duration.ofMinutes(10));
            client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        }

        /** One GET, its body (checked for 200). */
        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.httpPort() + path)).timeout(Duration.ofSeconds(60))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode());
            }
            return answer.body();
        }

        /** Stops the server. */
        @TearDown(Level.Trial)
        public void stop() {
            server.close();
        }
    }

    /** GreenMail's plain SMTP, filled for the trial. */
    @State(Scope.Benchmark)
    public static class FilledGreenMail {
        /** Messages in the mailbox. */
        @Param({"1000"})
        public int size;

        private GreenMailFixture fixture;

        /** Starts and fills the server. */
        @Setup(Level.Trial)
        public void start() throws MessagingException {
            fixture = GreenMailFixture.start(GreenMailFixture.Protocol.SMTP);
            MailTarget target = fixture;
            Transport transport = target.session().getTransport("smtp");
            transport.connect();
            fill(transport, TestMessages.text(target.session(), target.sender(), BODY_BYTES), size);
            fixture.awaitMessages(size);
        }

        GreenMail greenMail() {
            return fixture.greenMail();
        }

        /** Stops the server. */
        @TearDown(Level.Trial)
        public void stop() {
            fixture.close();
        }
    }
}
