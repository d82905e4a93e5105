package dev.fakegmail.server.internal.web;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.ReceivedMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything under {@code /messages/}: the long poll and "delete all" of the inbox, and for one message its page,
 * its HTML for the sandboxed frame, its raw source, its attachments, and "delete".
 */
final class MessageRoutes {
    /**
     * What a message's HTML may do in its frame: nothing but inline styles and embedded ({@code data:}) images and
     * fonts. No script, no form, no remote image, font, style or frame (a tracking pixel never loads). The
     * {@code sandbox} directive holds even when the URL is opened outside the frame.
     */
    static final String FRAME_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "font-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'; sandbox";

    private static final Pattern ONE =
            Pattern.compile("/messages/(\\d{1,18})(/html|/raw|/delete|/attachments/(\\d{1,4}))?");

    private final FakeGmailServer gmail;
    private final InboxPage inbox;

    MessageRoutes(FakeGmailServer gmail, InboxPage inbox) {
        this.gmail = gmail;
        this.inbox = inbox;
    }

    void handle(WebExchange exchange) throws IOException {
        String path = exchange.path();
        if (path.equals("/messages/wait")) {
            Routes.require(exchange, "GET");
            inbox.await(exchange);
            return;
        }
        if (path.equals("/messages/delete")) {
            Routes.require(exchange, "POST");
            inbox.deleteAll(exchange);
            return;
        }
        Matcher matcher = ONE.matcher(path);
        if (!matcher.matches()) {
            throw WebException.notFound("There is no page " + path
                    + ". Messages are at /messages/<id>, e.g. /messages/1.");
        }
        String what = matcher.group(2) == null ? "" : matcher.group(2);
        Routes.require(exchange, what.equals("/delete") ? "POST" : "GET");
        ReceivedMessage message = gmail.message(matcher.group(1)).orElseThrow(() -> WebException.notFound(
                "There is no message " + matcher.group(1) + ": it was deleted, or the server was reset. "
                        + "The inbox at / lists the messages there are."));
        if (what.equals("/delete")) {
            gmail.deleteMessage(message.id());
            exchange.redirect("/");
        } else if (what.equals("/html")) {
            html(exchange, message);
        } else if (what.equals("/raw")) {
            raw(exchange, message);
        } else if (what.isEmpty()) {
            page(exchange, message);
        } else {
            attachment(exchange, message, Integer.parseInt(matcher.group(3)));
        }
    }

    private void page(WebExchange exchange, ReceivedMessage message) throws IOException {
        Parsed parsed = Parsed.of(message);
        MessagePage.View view = exchange.query("view").map(MessageRoutes::view)
                .orElseGet(() -> MessagePage.defaultView(parsed.parts()));
        try {
            exchange.sendHtml(200, Layout.page(Summary.of(message).subject(), Layout.Tab.INBOX, Where.of(gmail),
                    MessagePage.render(message, parsed.parts(), view)));
        } catch (jakarta.mail.MessagingException e) {
            throw Parsed.unparseable(message, e);
        }
    }

    private static MessagePage.View view(String name) {
        try {
            return MessagePage.View.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WebException(400, "There is no view '" + name + "'; choose html, text, headers or raw.");
        }
    }

    private static void html(WebExchange exchange, ReceivedMessage message) throws IOException {
        String html = Parsed.of(message).parts().html().orElseThrow(() -> WebException.notFound(
                "Message " + message.id() + " has no HTML part; its text is at /messages/" + message.id()
                        + "?view=text"));
        exchange.send(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), FRAME_POLICY);
    }

    private static void raw(WebExchange exchange, ReceivedMessage message) throws IOException {
        if (exchange.query("download").isPresent()) {
            exchange.header("Content-Disposition", "attachment; filename=\"message-" + message.id() + ".eml\"");
            exchange.send(200, "message/rfc822", message.rawBytes(), WebExchange.INERT_POLICY);
        } else {
            exchange.send(200, "text/plain; charset=utf-8", message.rawBytes(), WebExchange.INERT_POLICY);
        }
    }

    private static void attachment(WebExchange exchange, ReceivedMessage message, int number) throws IOException {
        var attachments = Parsed.of(message).parts().attachments();
        if (number < 1 || number > attachments.size()) {
            throw WebException.notFound("Message " + message.id() + " has " + attachments.size()
                    + " attachment(s); there is no number " + number + ".");
        }
        MessageParts.Attachment attachment = attachments.get(number - 1);
        exchange.header("Content-Disposition", ContentDisposition.attachment(attachment.fileName()));
        exchange.send(200, attachment.contentType(), attachment.content(), WebExchange.INERT_POLICY);
    }
}
