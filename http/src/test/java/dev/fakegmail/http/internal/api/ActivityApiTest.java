package dev.fakegmail.http.internal.api;

import static dev.fakegmail.http.internal.api.HttpServerExtension.ALICE;
import static dev.fakegmail.http.internal.api.HttpServerExtension.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakegmail.server.ActivityEvent;
import dev.fakegmail.server.ActivityEvent.Kind;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.protocol.RawSmtpClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/http-api.md §3: the sessions as Gmail saw them, through {@code activity()} and {@code GET /api/activity}. */
class ActivityApiTest {
    @RegisterExtension
    static final HttpServerExtension GMAIL = new HttpServerExtension();

    private final HttpApi api = GMAIL.api();
    private final FakeGmailServer server = GMAIL.server();

    @Test
    void recordsConnectTlsLoginAndTheAcceptedMessage() throws IOException {
        Smtp.send(server, BOB.address(), BOB.appPassword(), "dave@example.com",
                Smtp.text(BOB.address(), "dave@example.com", "Hi", "x"));

        List<ActivityEvent> events = server.activity();

        assertThat(events).extracting(ActivityEvent::kind)
                .containsExactly(Kind.CONNECTED, Kind.TLS, Kind.LOGIN_ACCEPTED, Kind.MESSAGE_ACCEPTED);
        assertThat(events.get(0).detail()).isEqualTo("port " + server.smtpPort() + ", plain");
        assertThat(events.get(1).detail()).isEqualTo("TLSv1.3");
        assertThat(events.get(2).describe()).isEqualTo("LOGIN_ACCEPTED bob@gmail.com PLAIN 235 2.7.0 (session "
                + events.get(2).sessionId() + ")");
        assertThat(events.get(3).detail()).isEqualTo("1");
        assertThat(events).extracting(ActivityEvent::sessionId).containsOnly(events.get(0).sessionId());
        assertThat(events.get(0).sequence()).isLessThan(events.get(3).sequence());
    }

    @Test
    void recordsRefusedLoginsWithTheReplyButNeverTheSecret() throws IOException {
        assertThat(Smtp.login(server, ALICE.address(), ALICE.password())).startsWith("534-5.7.9");
        assertThat(Smtp.login(server, ALICE.address(), "wrong-password")).startsWith("535-5.7.8");

        JsonNode events = api.get("/api/activity?account=alice%40gmail.com").expect(200).get("events");

        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("kind").asText()).isEqualTo("LOGIN_REFUSED");
        assertThat(events.get(0).get("mechanism").asText()).isEqualTo("PLAIN");
        assertThat(events.get(0).get("reply").asText()).isEqualTo("534 5.7.9");
        assertThat(events.get(1).get("reply").asText()).isEqualTo("535 5.7.8");
        String everything = api.get("/api/activity").expect(200).toString();
        assertThat(everything).doesNotContain(ALICE.password(), "wrong-password",
                RawSmtpClient.plain(ALICE.address(), "wrong-password"));
    }

    @Test
    void recordsTheLockoutAndRefusedCommandsWithoutClientText() throws IOException {
        for (int i = 0; i < 10; i++) {
            Smtp.login(server, BOB.address(), "wrong-" + i);
        }
        assertThat(Smtp.login(server, BOB.address(), BOB.compactAppPassword())).startsWith("454-4.7.0");
        try (RawSmtpClient client = RawSmtpClient.connect(server)) {
            client.command("EHLO x");
            client.command("MAIL FROM:<bob@gmail.com>");
            client.command("c2VjcmV0LXBhc3N3b3Jk");
        }

        List<ActivityEvent> events = server.activity();

        assertThat(events.stream().filter(e -> e.kind() == Kind.LOGIN_REFUSED).reduce((a, b) -> b).orElseThrow()
                .reply()).contains("454 4.7.0");
        List<ActivityEvent> rejected = events.stream().filter(e -> e.kind() == Kind.COMMAND_REJECTED).toList();
        assertThat(rejected).extracting(ActivityEvent::detail).containsExactly("MAIL", "(unrecognized)");
        assertThat(rejected.get(0).reply()).contains("530 5.7.0");
        assertThat(rejected.get(1).reply()).contains("502 5.5.1");
        assertThat(events.toString()).doesNotContain("c2VjcmV0LXBhc3N3b3Jk", "wrong-3");
    }

    @Test
    void listsRefusedImapLoginsWithTheirDoorBesideSmtpOnes() throws IOException {
        assertThat(imapLogin(ALICE.address(), "wrong-password"))
                .isEqualTo("a1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)");
        assertThat(Smtp.login(server, ALICE.address(), "wrong-password")).startsWith("535-5.7.8");

        JsonNode events = api.get("/api/activity?account=alice%40gmail.com").expect(200).get("events");

        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("door").asText()).isEqualTo("IMAP");
        assertThat(events.get(0).get("kind").asText()).isEqualTo("LOGIN_REFUSED");
        assertThat(events.get(0).get("mechanism").asText()).isEqualTo("LOGIN");
        assertThat(events.get(0).get("reply").asText())
                .isEqualTo("NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)");
        assertThat(events.get(1).get("door").asText()).isEqualTo("SMTP");
        assertThat(events.get(1).get("reply").asText()).isEqualTo("535 5.7.8");
        assertThat(api.get("/api/activity").expect(200).toString()).doesNotContain("wrong-password");
    }

    /** The tagged reply to {@code a1 LOGIN} over IMAPS, trusting the fake's CA. */
    private String imapLogin(String user, String password) throws IOException {
        try (Socket socket = server.certificateAuthority().socketFactory().createSocket("localhost", server.imapPort());
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                     StandardCharsets.UTF_8))) {
            socket.setSoTimeout(10_000);
            in.readLine();
            socket.getOutputStream().write(("a1 LOGIN " + user + " \"" + password + "\"\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String line;
            while ((line = in.readLine()) != null && !line.startsWith("a1 ")) {
                // untagged lines before the answer
            }
            return line;
        }
    }

    @Test
    void recordsTheImplicitTlsPort() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connectSsl(server)) {
            client.command("QUIT");
        }

        assertThat(server.activity()).extracting(ActivityEvent::detail)
                .startsWith("port " + server.sslPort() + ", implicit TLS", "TLSv1.3");
    }

    @Test
    void keepsTheLatestThousandEvents() throws IOException {
        for (int i = 0; i < 520; i++) {
            try (RawSmtpClient client = RawSmtpClient.openWithoutTls(server.smtpPort())) {
                client.readReply();
                client.command("MAIL FROM:<bob@gmail.com>");
            }
        }

        List<ActivityEvent> events = server.activity();

        assertThat(events).hasSize(1_000);
        assertThat(events.get(999).sequence() - events.get(0).sequence()).isEqualTo(999);
    }
}
