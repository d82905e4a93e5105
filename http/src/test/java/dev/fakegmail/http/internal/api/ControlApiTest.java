package dev.fakegmail.http.internal.api;

import static dev.fakegmail.http.internal.api.HttpServerExtension.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.TestClock;
import dev.fakegmail.server.protocol.RawSmtpClient;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/http-api.md §5–6: faults, the clock and reset through the control API. */
class ControlApiTest {
    @RegisterExtension
    static final HttpServerExtension GMAIL = new HttpServerExtension();

    private final HttpApi api = GMAIL.api();
    private final FakeGmailServer server = GMAIL.server();

    @Test
    void plansAGmailFaultThatStrikesAndIsListed() throws IOException {
        JsonNode planned = api.post("/api/faults", "{\"stage\": \"MAIL\", \"fault\": \"gmail\", \"gmail\":"
                + " \"DAILY_LIMIT\", \"account\": \"bob@gmail.com\"}").expect(201);
        assertThat(planned.get("planned").asText()).isEqualTo("FaultRule[MAIL, occurrence 1, account bob@gmail.com,"
                + " DAILY_LIMIT]");
        JsonNode listed = api.get("/api/faults").expect(200);
        assertThat(listed.get("struck")).isEmpty();
        assertThat(listed.get("planned")).hasSize(1);
        assertThat(listed.get("planned").get(0)).isEqualTo(new ObjectMapper().readTree("{\"stage\": \"MAIL\","
                + " \"fault\": \"DAILY_LIMIT\", \"always\": false, \"nth\": 1, \"account\": \"bob@gmail.com\","
                + " \"probability\": 1.0, \"seen\": 0, \"spent\": false}"));

        String reply;
        try (RawSmtpClient client = RawSmtpClient.connect(server)) {
            client.login(BOB.address(), BOB.appPassword());
            reply = client.command("MAIL FROM:<bob@gmail.com>");
        }

        assertThat(reply).startsWith("550-5.4.5 Daily user sending limit exceeded.");
        JsonNode struck = api.get("/api/faults").expect(200).get("struck");
        assertThat(struck).hasSize(1);
        assertThat(struck.get(0).get("stage").asText()).isEqualTo("MAIL");
        assertThat(struck.get(0).get("fault").asText()).isEqualTo("DAILY_LIMIT");
        assertThat(struck.get(0).get("account").asText()).isEqualTo("bob@gmail.com");
        JsonNode spent = api.get("/api/faults").expect(200).get("planned").get(0);
        assertThat(spent.get("seen").asInt()).isEqualTo(1);
        assertThat(spent.get("spent").asBoolean()).isTrue();
        api.delete("/api/faults").expect(204);
        assertThat(api.get("/api/faults").expect(200).get("struck")).isEmpty();
        assertThat(api.get("/api/faults").expect(200).get("planned")).isEmpty();
    }

    @Test
    void plansReplyDelayDropAndTlsFaults() {
        api.post("/api/faults", "{\"stage\": \"DATA\", \"fault\": \"reply\", \"code\": 451, \"enhancedCode\":"
                + " \"4.3.0\", \"text\": \"Try later.\", \"always\": true}").expect(201);
        api.post("/api/faults", "{\"stage\": \"EHLO\", \"fault\": \"delay\", \"millis\": 10, \"nth\": 2}").expect(201);
        api.post("/api/faults", "{\"stage\": \"QUIT\", \"fault\": \"dropConnection\", \"probability\": 0.5}")
                .expect(201);
        api.post("/api/faults", "{\"stage\": \"STARTTLS\", \"fault\": \"tls\", \"tls\": \"expired_certificate\"}")
                .expect(201);
    }

    @Test
    void refusesFaultsThatTheJavaApiRefuses() {
        assertThat(api.post("/api/faults", "{\"stage\": \"LUNCH\", \"fault\": \"gmail\"}").expect(400)
                .get("message").asText()).isEqualTo("\"stage\" must be one of [CONNECT, EHLO, STARTTLS, AUTH, MAIL,"
                        + " RCPT, DATA, END_OF_DATA, QUIT, GMAIL_API], was \"LUNCH\"");
        assertThat(api.post("/api/faults", "{\"stage\": \"DATA\", \"fault\": \"meteor\"}").expect(400)
                .get("message").asText()).startsWith("\"fault\" must be one of gmail, reply, delay");
        assertThat(api.post("/api/faults", "{\"stage\": \"DATA\", \"fault\": \"tls\", \"tls\": \"UNTRUSTED_CA\"}")
                .expect(400).get("message").asText()).startsWith("A TLS fault (TLS UNTRUSTED_CA) can only strike a"
                        + " handshake");
        assertThat(api.post("/api/faults", "{\"stage\": \"DATA\", \"fault\": \"reply\", \"code\": 250,"
                + " \"enhancedCode\": \"2.0.0\", \"text\": \"x\"}").expect(400).get("message").asText())
                .isEqualTo("A fault reply needs a 4xx or 5xx code, was 250");
        api.post("/api/faults", "{\"stage\": \"DATA\", \"fault\": \"gmail\", \"gmail\": \"x\", \"nth\": 0}").expect(400);
        api.post("/api/faults", "{\"stage\": \"DATA\", \"fault\": \"dropAfterReply\", \"probability\": 2}").expect(400);
    }

    @Test
    void advancesTheTestClockAndResetRewindsIt() {
        JsonNode before = api.get("/api/clock").expect(200);
        assertThat(before.get("testClock").asBoolean()).isTrue();

        JsonNode after = api.post("/api/clock/advance", "{\"by\": \"PT2H\"}").expect(200);

        assertThat(after.get("advanced").asText()).isEqualTo("PT2H");
        assertThat(((TestClock) server.clock()).advanced()).isEqualTo(Duration.ofHours(2));
        assertThat(api.post("/api/clock/advance", "{\"by\": \"-PT1H\"}").expect(400).get("message").asText())
                .isEqualTo("The clock only moves forward, but \"by\" was -PT1H; POST /api/reset rewinds it to where"
                        + " it started");
        assertThat(api.post("/api/clock/advance", "{\"by\": \"2 hours\"}").expect(400).get("message").asText())
                .isEqualTo("\"by\" must be an ISO-8601 duration such as PT1H or PT10M, was '2 hours'");
        api.post("/api/reset", "").expect(204);
        assertThat(((TestClock) server.clock()).advanced()).isEqualTo(Duration.ZERO);
    }

    @Test
    void resetClearsMessagesActivityAndAddedAccounts() throws IOException {
        api.post("/api/accounts", "{\"address\": \"temp@gmail.com\"}").expect(201);
        Smtp.send(server, BOB.address(), BOB.appPassword(), "dave@example.com",
                Smtp.text(BOB.address(), "dave@example.com", "Hi", "x"));

        api.post("/api/reset", "{}").expect(204);

        assertThat(server.receivedMessages()).isEmpty();
        assertThat(server.activity()).isEmpty();
        api.get("/api/accounts/temp@gmail.com").expect(404);
        assertThat(api.get("/api/accounts").expect(200).get("accounts")).hasSize(2);
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() {
        assertThat(api.get("/api/nothing").expect(404).get("message").asText())
                .isEqualTo("No API operation at /api/nothing; GET /api/openapi.json lists every one");
        assertThat(api.send("PUT", "/api/messages", "").expect(405).get("message").asText())
                .isEqualTo("PUT is not allowed on /api/messages; use GET or DELETE");
    }

    @Test
    void aSystemClockCannotBeAdvanced() {
        try (FakeGmailServer plain = FakeGmailServer.builder().smtpPort(0).sslPort(0).httpPort(0).build().start()) {
            JsonNode error = new HttpApi(plain).post("/api/clock/advance", "{\"by\": \"PT1H\"}").expect(409);

            assertThat(error.get("message").asText()).isEqualTo("This fake Gmail runs on the system clock, which cannot"
                    + " be moved; start it with --clock test (or builder().clock(TestClock.system())) to advance time");
        }
    }
}
