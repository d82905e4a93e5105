package dev.fakegmail.http.internal.web;

import dev.fakegmail.server.MessagePart;
import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One message: who and when, its attachments, and four views of it — the HTML in a sandboxed frame, the text part,
 * the headers with Gmail's marked, and the raw source. Everything taken from the message is escaped.
 */
final class MessagePage {
    /** The views, in the order of the tabs. */
    enum View { HTML, TEXT, HEADERS, RAW }

    private MessagePage() {
    }

    static String render(ReceivedMessage message, MessageParts parts, View view) throws MessagingException {
        Summary summary = Summary.of(message);
        String subject = summary.subject().isEmpty() ? "(no subject)" : summary.subject();
        String base = "/messages/" + Html.escape(message.id());
        return "<div class=\"card\"><div class=\"message-head\"><div><h1 id=\"subject\">" + Html.escape(subject)
                + "</h1>" + meta(message, summary) + "</div><form method=\"post\" action=\"" + base + "/delete\">"
                + "<button type=\"submit\" class=\"danger\" id=\"delete\">Delete</button></form></div>"
                + attachments(base, parts.attachments()) + "</div>"
                + tabs(base, view) + "<section class=\"view\" id=\"view-" + view.name().toLowerCase(Locale.ROOT)
                + "\">" + body(message, parts, view, base) + "</section>";
    }

    /** The default view: the HTML when there is some, else the text. */
    static View defaultView(MessageParts parts) {
        return parts.html().isPresent() ? View.HTML : View.TEXT;
    }

    private static String meta(ReceivedMessage message, Summary summary) {
        return "<dl class=\"meta\"><dt>From</dt><dd id=\"from\">" + Html.escape(summary.from()) + "</dd>"
                + "<dt>To</dt><dd id=\"to\">" + Html.escape(summary.to()) + "</dd>"
                + "<dt>Envelope</dt><dd id=\"envelope\">MAIL FROM &lt;" + Html.escape(message.envelope().mailFrom())
                + "&gt; to " + Html.escape(String.join(", ", message.envelope().recipients()))
                + " (signed in as " + Html.escape(message.envelope().account()) + ")</dd>"
                + "<dt>Received</dt><dd id=\"accepted\">" + Times.format(message.acceptedAt()) + " over "
                + Html.escape(message.tlsProtocol()) + " (" + Html.escape(message.tlsCipher()) + "), AUTH "
                + Html.escape(message.authMechanism()) + ", session " + Html.escape(message.sessionId()) + "</dd></dl>";
    }

    private static String attachments(String base, List<MessagePart> attachments) {
        if (attachments.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ul class=\"attachments\" id=\"attachments\">");
        for (int i = 0; i < attachments.size(); i++) {
            MessagePart attachment = attachments.get(i);
            html.append("<li><a href=\"").append(base).append("/attachments/").append(i + 1).append("\" download>")
                    .append(Html.escape(attachment.fileName())).append("</a><span class=\"type\">")
                    .append(Html.escape(attachment.contentType())).append(", ")
                    .append(size(attachment.size()))
                    .append("</span></li>");
        }
        return html.append("</ul>").toString();
    }

    private static String tabs(String base, View current) {
        StringBuilder html = new StringBuilder("<nav class=\"tabs\">");
        for (View view : View.values()) {
            String name = view.name().toLowerCase(Locale.ROOT);
            html.append("<a id=\"tab-").append(name).append("\" href=\"").append(base).append("?view=").append(name)
                    .append("\"").append(view == current ? " class=\"current\" aria-current=\"page\"" : "").append(">")
                    .append(view == View.HTML ? "HTML"
                            : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1))
                    .append("</a>");
        }
        return html.append("</nav>").toString();
    }

    private static String body(ReceivedMessage message, MessageParts parts, View view, String base)
            throws MessagingException {
        return switch (view) {
            case HTML -> parts.html().isEmpty() ? "<p class=\"muted\">This message has no HTML part.</p>"
                    : "<p class=\"muted\">Shown in a sandbox: scripts, forms and remote content (images, fonts, "
                    + "styles from other sites) are blocked.</p><iframe class=\"html\" id=\"html-frame\" sandbox=\"\" "
                    + "src=\"" + base + "/html\" title=\"The message's HTML, sandboxed\"></iframe>";
            case TEXT -> parts.text().map(text -> "<pre id=\"text\">" + Html.escape(text) + "</pre>")
                    .orElse("<p class=\"muted\">This message has no plain-text part.</p>");
            case HEADERS -> headers(message);
            case RAW -> "<p class=\"muted\"><a href=\"" + base + "/raw\">Open the raw source</a> · <a href=\"" + base
                    + "/raw?download\">Download as .eml</a></p><pre id=\"raw\">"
                    + Html.escape(new String(message.rawBytes(), StandardCharsets.UTF_8)) + "</pre>";
        };
    }

    private static String headers(ReceivedMessage message) throws MessagingException {
        StringBuilder html = new StringBuilder("<p class=\"legend\">As delivered. <span class=\"badge\">added by Gmail"
                + "</span> marks what Gmail added or put in place of what the client sent; the client's replaced "
                + "fields are struck through.</p><table class=\"headers\" id=\"headers\">");
        for (HeaderRows.Row row : HeaderRows.compare(message.rawBytes(), message.submittedBytes())) {
            String mark = switch (row.mark()) {
                case KEPT -> "";
                case ADDED -> " <span class=\"badge\">added by Gmail</span>";
                case REPLACED -> " <span class=\"badge\">sent by the client, replaced</span>";
            };
            html.append("<tr class=\"").append(row.mark().name().toLowerCase(Locale.ROOT))
                    .append("\"><td class=\"name\">")
                    .append(Html.escape(row.name())).append(mark).append("</td><td class=\"value\">")
                    .append(Html.escape(row.value())).append("</td></tr>");
        }
        return html.append("</table>").toString();
    }

    private static String size(int bytes) {
        return bytes < 1024 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
