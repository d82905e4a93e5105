package dev.fakegmail.http.internal.web;

import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.ReceivedMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The inbox: every accepted message, newest first, with a search over addresses and subject; kept live by
 * {@code /messages/wait}, which holds the request until the inbox changes.
 */
final class InboxPage {
    /** How long one long poll is held; the page asks again at once after it. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private final FakeGmailServer gmail;

    InboxPage(FakeGmailServer gmail) {
        this.gmail = gmail;
    }

    /** {@code GET /?q=words}. */
    void show(Exchange exchange) throws IOException {
        String query = exchange.query("q").orElse("").trim();
        List<ReceivedMessage> all = gmail.receivedMessages();
        List<Summary> shown = new ArrayList<>();
        for (ReceivedMessage message : all) {
            Summary summary = Summary.of(message);
            if (query.isEmpty() || summary.matches(query)) {
                shown.add(summary);
            }
        }
        Collections.reverse(shown);
        String title = "Inbox (" + all.size() + ")";
        exchange.html(200, Layout.page(title, Layout.Tab.INBOX, Where.of(gmail), toolbar(query, all.size())
                + "<p class=\"count\"><span id=\"count\">" + count(shown.size(), all.size(), query) + "</span>"
                + " <span id=\"live\" class=\"live\"></span></p>"
                + "<table class=\"messages\"><thead><tr><th>From</th><th>To</th><th>Subject</th><th>Received</th>"
                + "</tr></thead><tbody id=\"rows\" data-state=\"" + state(all) + "\">" + rows(shown, all.isEmpty())
                + "</tbody></table>"));
    }

    /**
     * {@code GET /messages/wait?state=S}: answers the inbox's state as soon as it differs from {@code S}, or after
     * {@link #WAIT} with the state unchanged. Blocks on the server's journal; never polls it.
     */
    void await(Exchange exchange) throws IOException {
        String seen = exchange.query("state").orElse("");
        List<ReceivedMessage> now = gmail.receivedMessages();
        if (state(now).equals(seen)) {
            try {
                now = gmail.awaitMessages(now.size() + 1, WAIT);
            } catch (IllegalStateException timedOut) {
                now = gmail.receivedMessages();
            }
        }
        exchange.text(200, state(now));
    }

    /** {@code POST /messages/delete}: every message, then back to the inbox. */
    void deleteAll(Exchange exchange) throws IOException {
        gmail.deleteMessages();
        exchange.redirect("/");
    }

    /** Changes with every message accepted or deleted: the count and the newest id. */
    static String state(List<ReceivedMessage> messages) {
        return messages.size() + "-" + (messages.isEmpty() ? "0" : messages.get(messages.size() - 1).id());
    }

    private static String toolbar(String query, int total) {
        return "<div class=\"toolbar\"><form class=\"search\" method=\"get\" action=\"/\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" id=\"q\" value=\"" + Html.escape(query) + "\""
                + " placeholder=\"Search by address or subject\" aria-label=\"Search by address or subject\">"
                + "<button type=\"submit\">Search</button></form>"
                + (total == 0 ? "" : "<form method=\"post\" action=\"/messages/delete\" class=\"inline\">"
                + "<button type=\"submit\" class=\"danger\" id=\"delete-all\">Delete all</button></form>")
                + "</div>";
    }

    private static String count(int shown, int total, String query) {
        String messages = total == 1 ? "1 message" : total + " messages";
        return query.isEmpty() ? messages : shown + " of " + messages + " match “" + Html.escape(query) + "”";
    }

    private static String rows(List<Summary> shown, boolean none) {
        if (shown.isEmpty()) {
            return "<tr class=\"empty\"><td colspan=\"4\">" + (none
                    ? "No messages yet. Send one through the fake's SMTP; it appears here without a reload."
                    : "No message matches.") + "</td></tr>";
        }
        StringBuilder html = new StringBuilder();
        for (Summary summary : shown) {
            String id = Html.escape(summary.message().id());
            String subject = summary.subject().isEmpty() ? "(no subject)" : summary.subject();
            html.append("<tr data-id=\"").append(id).append("\"><td class=\"from\" title=\"")
                    .append(Html.escape(summary.from())).append("\">").append(Html.escape(summary.from()))
                    .append("</td><td class=\"to\" title=\"").append(Html.escape(summary.to())).append("\">")
                    .append(Html.escape(summary.to())).append("</td><td class=\"subject\"><a href=\"/messages/")
                    .append(id).append("\">").append(Html.escape(subject)).append("</a>")
                    .append(summary.multipart() ? "<span class=\"clip\">attachment</span>" : "")
                    .append("</td><td class=\"time\">").append(Times.format(summary.message().acceptedAt()))
                    .append("</td></tr>");
        }
        return html.toString();
    }
}
