package dev.fakegmail.http.internal.api;

import static dev.fakegmail.http.internal.api.HttpServerExtension.ALICE;
import static dev.fakegmail.http.internal.api.HttpServerExtension.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.ReceivedMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/http-api.md §4: {@code /api/messages…}, filters, parsed and raw forms, deletion and the blocking wait. */
class MessagesApiTest {
    @RegisterExtension
    static final HttpServerExtension GMAIL = new HttpServerExtension();

    private static final String MIXED = "From: alice@gmail.com\r\nTo: carol@example.com\r\nSubject: Report\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
            + "--b1\r\nContent-Type: multipart/alternative; boundary=\"b2\"\r\n\r\n"
            + "--b2\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHello Carol\r\n"
            + "--b2\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>Hello <b>Carol</b></p>\r\n--b2--\r\n"
            + "--b1\r\nContent-Type: text/csv; name=\"q1.csv\"\r\nContent-Disposition: attachment; filename=\"q1.csv\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\nYSxiCjEsMgo=\r\n--b1--";

    private final HttpApi api = GMAIL.api();
    private final FakeGmailServer server = GMAIL.server();

    @Test
    void listsMessagesOldestFirstWithIdsAndFilters() throws IOException {
        sendTwo();

        JsonNode all = api.get("/api/messages").expect(200);
        assertThat(all.get("count").asInt()).isEqualTo(2);
        assertThat(all.get("messages").get(0).get("id").asText()).isEqualTo("1");
        assertThat(all.get("messages").get(0).get("subject").asText()).isEqualTo("Report");
        assertThat(all.get("messages").get(1).get("id").asText()).isEqualTo("2");
        assertThat(all.get("messages").get(1).get("links").get("raw").asText()).isEqualTo("/api/messages/2/raw");

        assertThat(subjects(api.get("/api/messages?to=dave").expect(200))).isEqualTo("[\"Lunch\"]");
        assertThat(subjects(api.get("/api/messages?from=BOB%40gmail.com").expect(200))).isEqualTo("[\"Lunch\"]");
        assertThat(subjects(api.get("/api/messages?subject=rep").expect(200))).isEqualTo("[\"Report\"]");
        String first = server.receivedMessages().get(0).acceptedAt().minusMillis(1).toString();
        assertThat(api.get("/api/messages?after=" + first).expect(200).get("count").asInt()).isEqualTo(2);
        assertThat(api.get("/api/messages?after=2999-01-01T00:00:00Z").expect(200).get("count").asInt()).isZero();
        assertThat(api.get("/api/messages?after=yesterday").expect(400).get("message").asText())
                .isEqualTo("after must be an ISO-8601 instant such as 2026-01-31T09:30:00Z, was 'yesterday'");
    }

    @Test
    void showsOneMessageParsedWithAttachmentLinks() throws IOException {
        sendTwo();

        JsonNode message = api.get("/api/messages/1").expect(200);

        assertThat(message.get("text").asText()).isEqualTo("Hello Carol");
        assertThat(message.get("html").asText()).isEqualTo("<p>Hello <b>Carol</b></p>");
        assertThat(message.get("authMechanism").asText()).isEqualTo("PLAIN");
        assertThat(message.get("headers").get(0).get("name").asText()).isEqualTo("Received");
        JsonNode attachment = message.get("attachments").get(0);
        assertThat(attachment.get("fileName").asText()).isEqualTo("q1.csv");
        assertThat(attachment.get("link").asText()).isEqualTo("/api/messages/1/attachments/1");
        HttpApi.Answer csv = api.get(attachment.get("link").asText());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualTo("text/csv");
        assertThat(csv.text()).isEqualTo("a,b\n1,2\n");
        assertThat(api.get("/api/messages/1/attachments/2").expect(404).get("message").asText())
                .isEqualTo("Message 1 has 1 attachment(s), numbered from 1; there is no attachment 2");
        api.get("/api/messages/1/attachments/x").expect(400);
    }

    @Test
    void servesTheRawAndTheSubmittedBytes() throws IOException {
        sendTwo();
        ReceivedMessage stored = server.message("2").orElseThrow();

        HttpApi.Answer raw = api.get("/api/messages/2/raw");
        HttpApi.Answer submitted = api.get("/api/messages/2/submitted");

        assertThat(raw.contentType()).isEqualTo("message/rfc822");
        assertThat(raw.body()).isEqualTo(stored.rawBytes());
        assertThat(new String(raw.body(), StandardCharsets.US_ASCII)).startsWith("Received: ");
        assertThat(submitted.body()).isEqualTo(stored.submittedBytes());
    }

    @Test
    void deletesOneMessageThenAllKeepingTheNumbering() throws IOException {
        sendTwo();

        api.delete("/api/messages/1").expect(204);

        assertThat(server.receivedMessages()).extracting(ReceivedMessage::id).containsExactly("2");
        assertThat(server.mailbox("carol@example.com", "INBOX")).isEmpty();
        assertThat(server.mailbox("dave@example.com", "INBOX")).hasSize(1);
        assertThat(api.get("/api/messages/1").expect(404).get("message").asText())
                .isEqualTo("No message with id '1'; GET /api/messages lists the ids of the messages accepted since"
                        + " the last reset");
        api.delete("/api/messages").expect(204);
        assertThat(server.receivedMessages()).isEmpty();
        Smtp.send(server, BOB.address(), BOB.appPassword(), "dave@example.com", Smtp.text(BOB.address(),
                "dave@example.com", "Again", "x"));
        assertThat(server.receivedMessages()).extracting(ReceivedMessage::id).containsExactly("3");
    }

    @Test
    void theBlockingWaitReturnsAsSoonAsTheMessagesArrive() throws Exception {
        CompletableFuture<HttpApi.Answer> waiting =
                CompletableFuture.supplyAsync(() -> api.get("/api/messages?count=2&timeout=20s&to=dave"));
        Smtp.send(server, BOB.address(), BOB.appPassword(), "dave@example.com", Smtp.text(BOB.address(),
                "dave@example.com", "One", "x"));
        assertThat(waiting).isNotDone();
        Smtp.send(server, BOB.address(), BOB.appPassword(), "dave@example.com", Smtp.text(BOB.address(),
                "dave@example.com", "Two", "x"));

        JsonNode body = waiting.get(20, TimeUnit.SECONDS).expect(200);

        assertThat(subjects(body)).isEqualTo("[\"One\",\"Two\"]");
    }

    @Test
    void theBlockingWaitTimesOutWith408NamingWhatArrived() throws IOException {
        Smtp.send(server, BOB.address(), BOB.appPassword(), "dave@example.com", Smtp.text(BOB.address(),
                "dave@example.com", "Only", "x"));

        JsonNode error = api.get("/api/messages?count=2&timeout=200ms").expect(408);

        assertThat(error.get("error").asText()).isEqualTo("timeout");
        assertThat(error.get("message").asText()).isEqualTo("Expected 2 messages within 200 ms but 1 arrived: [Only];"
                + " send them first, or wait longer with timeout=30s");
    }

    @Test
    void badWaitParametersAre400() {
        assertThat(api.get("/api/messages?count=none").expect(400).get("message").asText())
                .isEqualTo("count must be a whole number from 1 to 10000, was 'none'");
        assertThat(api.get("/api/messages?count=1&timeout=soon").expect(400).get("message").asText())
                .isEqualTo("timeout must be a duration such as 10s, 500ms or 2m, at most 5m, was 'soon'");
        assertThat(api.get("/api/messages?count=1&timeout=1h").expect(400).get("error").asText())
                .isEqualTo("bad_request");
    }

    private void sendTwo() throws IOException {
        Smtp.send(server, ALICE.address(), ALICE.appPassword(), "carol@example.com", MIXED);
        Smtp.send(server, BOB.address(), BOB.appPassword(), "dave@example.com", Smtp.text(BOB.address(),
                "dave@example.com", "Lunch", "Noon?"));
    }

    private static String subjects(JsonNode list) {
        StringBuilder text = new StringBuilder("[");
        list.get("messages").forEach(m -> text.append(text.length() > 1 ? "," : "").append('"')
                .append(m.get("subject").asText()).append('"'));
        return text.append(']').toString();
    }
}
