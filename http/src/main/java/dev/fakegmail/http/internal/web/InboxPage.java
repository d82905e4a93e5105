package dev.fakegmail.http.internal.web;

import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.MessagePage;
import dev.fakegmail.server.MessageQuery;
import dev.fakegmail.server.MessageSummary;
import dev.fakegmail.server.ReceivedMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The inbox: the accepted messages a page at a time, newest first, with a search over addresses and subject; kept
 * live by {@code /messages/wait}, which holds the request until the inbox changes. A page reads only the summaries
 * the server keeps beside each message, so it costs the same at 100,000 messages as at 10.
 */
final class InboxPage {
    /** How long one long poll is held; the page asks again at once after it. */
    static final Duration WAIT = Duration.ofSeconds(20);
    /** Messages on one page. */
    static final int PAGE_SIZE = MessageQuery.DEFAULT_PAGE_SIZE;

    private final FakeGmailServer gmail;

    InboxPage(FakeGmailServer gmail) {
        this.gmail = gmail;
    }

    /** {@code GET /?q=words&older=id} (that message and older ones) or {@code &newer=id} (the page above it). */
    void show(Exchange exchange) throws IOException {
        String query = exchange.query("q").orElse("").trim();
        MessagePage page = page(exchange, query);
        String title = "Inbox (" + page.total() + ")";
        exchange.html(200, Layout.page(title, Layout.Tab.INBOX, Where.of(gmail), toolbar(query, page.total())
                + "<p class=\"count\"><span id=\"count\">" + count(page, query) + "</span>"
                + " <span id=\"live\" class=\"live\"></span></p>"
                + "<table class=\"messages\"><thead><tr><th>From</th><th>To</th><th>Subject</th><th>Received</th>"
                + "</tr></thead><tbody id=\"rows\" data-state=\"" + state(gmail.messages(newest())) + "\">"
                + rows(page.messages(), page.total() == 0) + "</tbody></table>"
                + new InboxLinks(gmail, query).nav(page.messages())));
    }

    /**
     * {@code GET /messages/wait?state=S}: answers the inbox's state as soon as it differs from {@code S}, or after
     * {@link #WAIT} with the state unchanged. Blocks on the server's journal; never polls it.
     */
    void await(Exchange exchange) throws IOException {
        String seen = exchange.query("state").orElse("");
        MessagePage now = gmail.messages(newest());
        if (state(now).equals(seen)) {
            gmail.awaitNewestChange(newestId(now), WAIT);
            now = gmail.messages(newest());
        }
        exchange.text(200, state(now));
    }

    /** {@code POST /messages/delete}: every message, then back to the inbox. */
    void deleteAll(Exchange exchange) throws IOException {
        gmail.deleteMessages();
        exchange.redirect("/");
    }

    /** Changes with every message accepted or deleted: the count and the newest id, from a newest-first page. */
    static String state(MessagePage newest) {
        return newest.total() + "-" + newestId(newest);
    }

    private static MessageQuery newest() {
        return MessageQuery.builder().pageSize(1).build();
    }

    private static String newestId(MessagePage newest) {
        return newest.messages().isEmpty() ? "0" : newest.messages().get(0).id();
    }

    private MessagePage page(Exchange exchange, String words) {
        MessageQuery.Builder query = MessageQuery.builder().words(words).pageSize(PAGE_SIZE);
        try {
            if (exchange.query("newer").isPresent()) {
                long above = Long.parseLong(exchange.query("newer").get()) + 1;
                MessagePage upward = gmail.messages(query.newestFirst(false).pageToken(Long.toString(above)).build());
                List<ReceivedMessage> shown = new ArrayList<>(upward.messages());
                Collections.reverse(shown);
                return new MessagePage(shown, Optional.empty(), upward.matching(), upward.total());
            }
            exchange.query("older").ifPresent(query::pageToken);
            return gmail.messages(query.build());
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("older and newer must be message ids from the inbox's own links: "
                    + e.getMessage());
        }
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

    private static String count(MessagePage page, String query) {
        int total = page.total();
        String messages = total == 1 ? "1 message" : total + " messages";
        return query.isEmpty() ? messages
                : page.matching() + " of " + messages + " match “" + Html.escape(query) + "”";
    }

    private static String rows(List<ReceivedMessage> shown, boolean none) {
        if (shown.isEmpty()) {
            return "<tr class=\"empty\"><td colspan=\"4\">" + (none
                    ? "No messages yet. Send one through the fake's SMTP; it appears here without a reload."
                    : "No message matches.") + "</td></tr>";
        }
        StringBuilder html = new StringBuilder();
        for (ReceivedMessage message : shown) {
            MessageSummary summary = message.summary();
            String id = Html.escape(message.id());
            String from = summary.from().isEmpty() ? summary.envelope().mailFrom() : summary.from();
            String to = String.join(", ", summary.to().isEmpty() ? summary.envelope().recipients() : summary.to());
            String subject = summary.subject().isEmpty() ? "(no subject)" : summary.subject();
            html.append("<tr data-id=\"").append(id).append("\"><td class=\"from\" title=\"")
                    .append(Html.escape(from)).append("\">").append(Html.escape(from))
                    .append("</td><td class=\"to\" title=\"").append(Html.escape(to)).append("\">")
                    .append(Html.escape(to)).append("</td><td class=\"subject\"><a href=\"/messages/")
                    .append(id).append("\">").append(Html.escape(subject)).append("</a>")
                    .append(summary.hasAttachments() ? "<span class=\"clip\">attachment</span>" : "")
                    .append("</td><td class=\"time\">").append(Times.format(summary.acceptedAt()))
                    .append("</td></tr>");
        }
        return html.toString();
    }
}
