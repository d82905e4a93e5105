package dev.fakegmail.http.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/web-inbox.md §2: the inbox shows 50 messages a page, newest first, with Newer, Older and Newest links. */
class InboxPagesHttpTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private static final Pattern ROW = Pattern.compile("<tr data-id=\"(\\d+)\"");

    private static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        web = new WebFixture();
        for (int i = 1; i <= 52; i++) {
            Mails.sendText(web.gmail.profile(), i % 2 == 0 ? "even@example.com" : "odd@example.com", "note " + i, "x");
        }
        web.gmail.awaitMessages(52, WAIT);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void theFirstPageShowsTheNewestFiftyAndLinksToOlder() throws Exception {
        String page = get("/");

        List<String> ids = rows(page);
        assertThat(ids).hasSize(50);
        assertThat(ids.get(0)).isEqualTo("52");
        assertThat(ids.get(49)).isEqualTo("3");
        assertThat(page).contains("<span id=\"count\">52 messages</span>")
                .contains("<a id=\"older\" href=\"/?older=2\">Older ›</a>")
                .doesNotContain("id=\"newer\"").doesNotContain("id=\"newest\"");
    }

    @Test
    void theOlderPageLinksBackToNewerAndNewest() throws Exception {
        String older = get("/?older=2");
        String newer = get("/?newer=2");

        assertThat(rows(older)).containsExactly("2", "1");
        assertThat(older).contains("<a id=\"newest\" href=\"/\">« Newest</a>")
                .contains("<a id=\"newer\" href=\"/?newer=2\">‹ Newer</a>").doesNotContain("id=\"older\"");
        assertThat(rows(newer)).hasSize(50).startsWith("52").endsWith("3");
        assertThat(newer).contains("href=\"/?older=2\"");
    }

    @Test
    void aSearchPagesOverItsMatchesAndKeepsTheWords() throws Exception {
        String page = get("/?q=even%40example");
        String older = get("/?q=even%40example&older=3");

        assertThat(page).contains("<span id=\"count\">26 of 52 messages match “even@example”</span>");
        assertThat(rows(page)).hasSize(26).startsWith("52", "50").endsWith("2");
        assertThat(page).doesNotContain("id=\"older\"");
        assertThat(rows(older)).containsExactly("2");
        assertThat(older).contains("href=\"/?newer=2&amp;q=even%40example\"");
    }

    @Test
    void aForgedPageLinkIsABadRequest() throws Exception {
        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(web.url("/?older=abc")))
                .timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("older and newer must be message ids from the inbox&#39;s own links");
    }

    private static List<String> rows(String page) {
        return ROW.matcher(page).results().map(match -> match.group(1)).toList();
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(web.url(path))).timeout(WAIT)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }
}
