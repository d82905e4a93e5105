package dev.fakegmail.benchmarks.jmh;

import dev.fakegmail.benchmarks.fixtures.FakeGmailFixture;
import dev.fakegmail.benchmarks.fixtures.TestMessages;
import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
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
 * Scenario 11: one {@code users.messages.send} per call, as Google's clients make it: {@code POST
 * /gmail/v1/users/me/messages/send} with {@code {"raw": <base64url>}} and a Bearer token, over one kept-alive HTTP/1.1
 * connection on loopback ({@code java.net.http}). The message is the SMTP benchmarks' (a 1 KiB text body), so the
 * scenario compares it with {@link MessagePerConnectionBenchmark} and {@link ReusedConnectionBenchmark}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ApiSendBenchmark {

    /** fake-gmail: one {@code users.messages.send}. */
    @Benchmark
    public String fakeGmailApiSend(GmailApi api) throws IOException, InterruptedException {
        return api.send();
    }

    /** fake-gmail with its HTTP side, the access token and the request body made once per trial. */
    @State(Scope.Benchmark)
    public static class GmailApi {
        private FakeGmailServer server;
        private HttpClient client;
        private URI send;
        private String body;
        private String authorization;

        /** Starts the server, encodes the message. */
        @Setup(Level.Trial)
        public void start() throws MessagingException, IOException {
            server = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).http(true).httpPort(0)
                    .account(AccountSettings.of(FakeGmailFixture.ACCOUNT).withDailySendingLimit(Integer.MAX_VALUE)
                            .withAppPassword("benc hmar kapp pass"))
                    .build().start();
            MimeMessage message = TestMessages.text(server.profile().session(), FakeGmailFixture.ACCOUNT,
                    TestMessages.SMALL_BODY);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            body = "{\"raw\":\"" + Base64.getUrlEncoder().encodeToString(raw.toByteArray()) + "\"}";
            send = URI.create(server.gmailApiRootUrl()).resolve("gmail/v1/users/me/messages/send");
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        /** Empties the journal (as the SMTP benchmarks do each iteration) and takes a new token, which that revokes. */
        @Setup(Level.Iteration)
        public void reset() {
            server.reset();
            authorization = "Bearer " + server.defaultAccount().issueAccessToken().value();
        }

        String send() throws IOException, InterruptedException {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(send)
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("users.messages.send answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            return answer.body();
        }

        /** Stops the server. */
        @TearDown(Level.Trial)
        public void stop() {
            server.close();
        }
    }
}
