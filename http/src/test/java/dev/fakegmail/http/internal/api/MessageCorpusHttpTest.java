package dev.fakegmail.http.internal.api;

import static dev.fakegmail.http.internal.api.HttpServerExtension.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.MessageCorpus;
import dev.fakegmail.server.MessageCorpus.Entry;
import dev.fakegmail.server.MessageCorpus.ExpectedPart;
import dev.fakegmail.server.ReceivedMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON API and the web pages show every message of the tricky corpus ({@code docs/messages.md}) exactly as the
 * model answers it, which is what the assertions read too: the same text and HTML, the same attachments and inline
 * parts with the same names, types, sizes and content ids, and the same bytes behind each link.
 */
class MessageCorpusHttpTest {
    @RegisterExtension
    static final HttpServerExtension GMAIL = new HttpServerExtension();

    private final HttpApi api = GMAIL.api();
    private final FakeGmailServer server = GMAIL.server();

    static List<Entry> corpus() {
        return MessageCorpus.entries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theApiShowsThePartsTheModelFinds(Entry entry) throws IOException {
        ReceivedMessage message = sendOverSmtp(entry);

        JsonNode json = api.get("/api/messages/" + message.id()).expect(200);

        assertThat(optionalText(json.get("text"))).as("text").isEqualTo(entry.text());
        assertThat(optionalText(json.get("html"))).as("html").isEqualTo(entry.html());
        assertParts(json.get("attachments"), entry.attachments());
        assertParts(json.get("inlineParts"), entry.inlineParts());
        for (int i = 0; i < entry.attachments().size(); i++) {
            assertThat(api.get(json.get("attachments").get(i).get("link").asText()).body())
                    .as("bytes of attachment %d", i + 1).isEqualTo(message.attachments().get(i).content());
        }
        for (int i = 0; i < entry.inlineParts().size(); i++) {
            assertThat(api.get(json.get("inlineParts").get(i).get("link").asText()).body())
                    .as("bytes of inline part %d", i + 1).isEqualTo(message.inlineParts().get(i).content());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void thePageListsTheSameAttachmentsAndItsFrameShowsTheInlineParts(Entry entry) throws IOException {
        ReceivedMessage message = sendOverSmtp(entry);

        String page = api.get("/messages/" + message.id()).text();

        for (int i = 0; i < entry.attachments().size(); i++) {
            ExpectedPart part = entry.attachments().get(i);
            assertThat(page).contains("/attachments/" + (i + 1) + "\" download>" + escape(part.fileName()) + "</a>");
            assertThat(api.get("/messages/" + message.id() + "/attachments/" + (i + 1)).body())
                    .isEqualTo(message.attachments().get(i).content());
        }
        assertThat(page).doesNotContain("/attachments/" + (entry.attachments().size() + 1) + "\"");
        if (entry.html().isPresent()) {
            String frame = api.get("/messages/" + message.id() + "/html").text();
            for (int i = 0; i < entry.inlineParts().size(); i++) {
                byte[] content = message.inlineParts().get(i).content();
                assertThat(frame).as("inline part %d as a data: URL", i + 1)
                        .contains("data:" + entry.inlineParts().get(i).contentType() + ";base64,"
                                + Base64.getEncoder().encodeToString(content));
            }
        }
    }

    private ReceivedMessage sendOverSmtp(Entry entry) throws IOException {
        String body = new String(entry.bytes(), StandardCharsets.ISO_8859_1);
        String stuffed = String.join("\r\n", body.lines().map(line -> line.startsWith(".") ? "." + line : line)
                .toList());
        Smtp.send(server, ALICE.address(), ALICE.appPassword(), "bob@example.com", stuffed);
        List<ReceivedMessage> received = server.receivedMessages();
        return received.get(received.size() - 1);
    }

    private static void assertParts(JsonNode list, List<ExpectedPart> expected) {
        List<ExpectedPart> shown = new ArrayList<>();
        list.forEach(part -> shown.add(new ExpectedPart(part.get("fileName").asText(),
                part.get("contentType").asText(), part.get("size").asInt(),
                Optional.ofNullable(part.get("contentId")).map(JsonNode::asText))));
        assertThat(shown).isEqualTo(expected);
    }

    private static Optional<String> optionalText(JsonNode node) {
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
