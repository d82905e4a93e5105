package dev.fakegmail.http.internal.web;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.MessageQuery;
import dev.fakegmail.server.ReceivedMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The inbox's page links: {@code Newer} ({@code /?newer=<first id shown>}) when a newer message matches, {@code Older}
 * ({@code /?older=<id>}) when an older one does, each found with a one-message page, and {@code Newest} on any page
 * but the first. The search words go along.
 */
final class InboxLinks {
    private final FakeGmailServer gmail;
    private final String words;

    InboxLinks(FakeGmailServer gmail, String words) {
        this.gmail = gmail;
        this.words = words;
    }

    /** The {@code <nav id="pages">} under the rows; empty of links when everything fits on one page. */
    String nav(List<ReceivedMessage> shown) {
        StringBuilder html = new StringBuilder("<nav class=\"pages\" id=\"pages\">");
        if (!shown.isEmpty()) {
            long first = Long.parseLong(shown.get(0).id());
            long last = Long.parseLong(shown.get(shown.size() - 1).id());
            if (exists(false, first + 1)) {
                html.append(link("newest", "/" + search("?"), "« Newest"))
                        .append(link("newer", "/?newer=" + first + search("&"), "‹ Newer"));
            }
            if (last > 1 && exists(true, last - 1)) {
                html.append(link("older", "/?older=" + (last - 1) + search("&"), "Older ›"));
            }
        }
        return html.append("</nav>").toString();
    }

    private boolean exists(boolean older, long from) {
        MessageQuery query = MessageQuery.builder().words(words).newestFirst(older).pageSize(1)
                .pageToken(Long.toString(from)).build();
        return !gmail.messages(query).messages().isEmpty();
    }

    private String search(String separator) {
        return words.isEmpty() ? "" : separator + "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static String link(String id, String href, String text) {
        return "<a id=\"" + id + "\" href=\"" + Html.escape(href) + "\">" + text + "</a> ";
    }
}
