package dev.fakegmail.http.internal.api;

import static dev.fakegmail.http.internal.api.HttpServerExtension.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakegmail.server.FakeGmailServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/http-api.md §4: {@code GET /api/messages} answers pages, read from the summaries, with a page token. */
class MessagePagesApiTest {
    @RegisterExtension
    static final HttpServerExtension GMAIL = new HttpServerExtension();

    private final HttpApi api = GMAIL.api();
    private final FakeGmailServer server = GMAIL.server();

    private void send(int count) throws IOException {
        for (int i = 1; i <= count; i++) {
            Smtp.send(server, ALICE.address(), ALICE.appPassword(), "carol@example.com",
                    Smtp.text(ALICE.address(), "carol@example.com", "message " + i, "x"));
        }
        server.awaitMessages(count, Duration.ofSeconds(30));
    }

    @Test
    void pagesGoOldestFirstByDefaultAndTheTokenLeadsOn() throws IOException {
        send(5);

        JsonNode first = api.get("/api/messages?pageSize=2").expect(200);
        JsonNode second = api.get("/api/messages?pageSize=2&pageToken=" + first.get("nextPageToken").asText())
                .expect(200);
        JsonNode newest = api.get("/api/messages?pageSize=2&order=newest").expect(200);
        JsonNode last = api.get("/api/messages?pageSize=2&pageToken=5").expect(200);

        assertThat(ids(first)).containsExactly("1", "2");
        assertThat(first.get("count").asInt()).isEqualTo(2);
        assertThat(first.get("matching").asInt()).isEqualTo(5);
        assertThat(first.get("total").asInt()).isEqualTo(5);
        assertThat(first.get("nextPageToken").asText()).isEqualTo("3");
        assertThat(ids(second)).containsExactly("3", "4");
        assertThat(ids(newest)).containsExactly("5", "4");
        assertThat(newest.get("nextPageToken").asText()).isEqualTo("3");
        assertThat(ids(last)).containsExactly("5");
        assertThat(last.has("nextPageToken")).isFalse();
    }

    @Test
    void theDefaultPageHoldsFiftyMessages() throws IOException {
        send(51);

        JsonNode page = api.get("/api/messages").expect(200);

        assertThat(page.get("count").asInt()).isEqualTo(50);
        assertThat(page.get("messages").get(0).get("id").asText()).isEqualTo("1");
        assertThat(page.get("nextPageToken").asText()).isEqualTo("51");
        assertThat(api.get("/api/messages?count=51&timeout=1s").expect(200).get("count").asInt()).isEqualTo(51);
    }

    @Test
    void filtersAndSummaryFieldsComeFromTheIndex() throws IOException {
        send(3);
        String messageId = server.message("2").orElseThrow().header("Message-ID").get(0);

        JsonNode byId = api.get("/api/messages?messageId=" + messageId.replace("<", "%3C").replace(">", "%3E")
                .replace("@", "%40")).expect(200);
        JsonNode none = api.get("/api/messages?hasAttachment=true").expect(200);
        JsonNode plain = api.get("/api/messages?hasAttachment=false&subject=MESSAGE%203").expect(200);

        assertThat(ids(byId)).containsExactly("2");
        JsonNode summary = byId.get("messages").get(0);
        assertThat(summary.get("messageId").asText()).isEqualTo(messageId);
        assertThat(summary.get("to").toString()).isEqualTo("[\"carol@example.com\"]");
        assertThat(summary.get("attachmentNames").toString()).isEqualTo("[]");
        assertThat(summary.get("size").asInt()).isEqualTo(server.message("2").orElseThrow().rawBytes().length);
        assertThat(none.get("count").asInt()).isZero();
        assertThat(none.get("matching").asInt()).isZero();
        assertThat(none.get("total").asInt()).isEqualTo(3);
        assertThat(ids(plain)).containsExactly("3");
    }

    @Test
    void badPageParametersSayWhatIsExpected() {
        assertThat(api.get("/api/messages?pageSize=0").expect(400).get("message").asText())
                .isEqualTo("pageSize must be from 1 to 1000, was 0; ask for more pages with nextPageToken instead");
        assertThat(api.get("/api/messages?pageSize=many").expect(400).get("message").asText())
                .isEqualTo("pageSize must be a whole number from 1 to 1000, was 'many'");
        assertThat(api.get("/api/messages?pageToken=x1").expect(400).get("message").asText())
                .isEqualTo("pageToken must be a nextPageToken from a previous page, was 'x1';"
                        + " leave it out for the first page");
        assertThat(api.get("/api/messages?order=random").expect(400).get("message").asText())
                .isEqualTo("order must be oldest (the default) or newest, was 'random'");
        assertThat(api.get("/api/messages?hasAttachment=yes").expect(400).get("message").asText())
                .isEqualTo("hasAttachment must be true or false, was 'yes'");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("messages").forEach(message -> ids.add(message.get("id").asText()));
        return ids;
    }
}
