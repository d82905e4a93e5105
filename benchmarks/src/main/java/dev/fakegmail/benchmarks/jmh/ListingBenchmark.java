package dev.fakegmail.benchmarks.jmh;

import com.icegreen.greenmail.util.GreenMail;
import dev.fakegmail.benchmarks.fixtures.GreenMailFixture;
import dev.fakegmail.benchmarks.fixtures.MailTarget;
import dev.fakegmail.benchmarks.fixtures.ParallelFill;
import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.MessageQuery;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
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
 * (subjects {@code note 000001}, …) through SMTP, as the standalone receives them, over
 * {@value ParallelFill#CONNECTIONS} logged-in connections at once ({@link ParallelFill}: about twice the rate of
 * one connection on two cores, which makes 100,000 messages a fill of one to two minutes per trial); each call then
 * asks over loopback HTTP for the first inbox page, an API page, a one-match search, a Gmail API
 * {@code messages.list} page or one {@code messages.get}, or GreenMail (filled the same way) for
 * {@code getReceivedMessages()} and the same one-match filter on its subjects. JMH runs each method in its own JVM,
 * so each trial fills its own server; the fake-gmail trials wait until the search index holds every message before
 * the first call (one filtered page does it), so a search is timed as it runs once the indexing thread caught up.
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

    /** A Gmail API {@code messages.list} page of 50, {@code GET /gmail/v1/users/me/messages?maxResults=50}. */
    @Benchmark
    public String gmailApiListPage(FilledFakeGmail gmail) throws Exception {
        return gmail.gmailApi("/gmail/v1/users/me/messages?maxResults=50");
    }

    /** A Gmail API {@code messages.get} of one message in the middle of the mailbox, {@code format=full}. */
    @Benchmark
    public String gmailApiGet(FilledFakeGmail gmail) throws Exception {
        return gmail.gmailApi("/gmail/v1/users/me/messages/" + gmail.middleId + "?format=full");
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

    /** fake-gmail with its HTTP side, filled for the trial. */
    @State(Scope.Benchmark)
    public static class FilledFakeGmail {
        /** Messages in the mailbox. */
        @Param({"1000"})
        public int size;

        private FakeGmailServer server;
        private HttpClient client;
        private String bearer;
        /** The Gmail API id of the message in the middle of the mailbox. */
        String middleId;

        /** Starts and fills the server, indexes every message, and issues a Gmail API token. */
        @Setup(Level.Trial)
        public void start() throws Exception {
            server = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).http(true).httpPort(0)
                    .account(AccountSettings.of("bench@gmail.com").withDailySendingLimit(Integer.MAX_VALUE)
                            .withAppPassword("benc hmar kapp pass"))
                    .build().start();
            GmailSmtpProfile profile = server.profile();
            ParallelFill.fill(profile.session(), profile.username(), BODY_BYTES, size, ParallelFill.CONNECTIONS,
                    () -> {
                        Transport transport = profile.session().getTransport("smtp");
                        transport.connect(profile.username(), profile.password());
                        return transport;
                    });
            server.awaitMessages(size, Duration.ofMinutes(10));
            server.messages(MessageQuery.builder().subject("note 000001").build()); // the index catches up
            client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            bearer = "Bearer " + server.defaultAccount()
                    .issueAccessToken("https://www.googleapis.com/auth/gmail.readonly").value();
            middleId = middleId();
        }

        /** One GET, its body (checked for 200). */
        String get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)));
        }

        /** One GET with the trial's Gmail API token, its body (checked for 200). */
        String gmailApi(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).header("Authorization", bearer));
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + server.httpPort() + path);
        }

        private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
            HttpResponse<String> answer = client.send(built, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(built.uri().getPath() + " answered " + answer.statusCode() + ": "
                        + answer.body().substring(0, Math.min(300, answer.body().length())));
            }
            return answer.body();
        }

        /**
         * The Gmail API id of the message whose subject is {@code note <size/2>}: its server id as 16 hex digits
         * (docs/gmail-api.md §4). Worked out without the Gmail API door, so that a slow door slows only its own
         * methods; a wrong id would fail {@link #gmailApiGet} with a 404.
         */
        private String middleId() {
            String subject = String.format("note %06d", Math.max(1, size / 2));
            String serverId = server.messages(MessageQuery.builder().subject(subject).build()).messages().get(0).id();
            return String.format("%016x", Long.parseLong(serverId));
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
            ParallelFill.fill(target.session(), target.sender(), BODY_BYTES, size, ParallelFill.CONNECTIONS, () -> {
                Transport transport = target.session().getTransport("smtp");
                transport.connect();
                return transport;
            });
            fixture.greenMail().waitForIncomingEmail(Duration.ofMinutes(10).toMillis(), size);
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
