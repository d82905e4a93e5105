package dev.fakegmail.http.internal.web;

import dev.fakegmail.http.internal.kernel.ContentDisposition;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.http.internal.kernel.Route;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.MessagePart;
import dev.fakegmail.server.ReceivedMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Everything under {@code /messages/}: the long poll and "delete all" of the inbox, and for one message its page,
 * its HTML for the sandboxed frame, its raw source, its attachments, and "delete".
 */
final class MessageRoutes {
    /**
     * What a message's HTML may do in its frame: nothing but inline styles and embedded ({@code data:}) images and
     * fonts (its own {@code cid:} images are served as {@code data:} URLs, see {@link MessageParts#framedHtml()}). No script, no form, no remote image, font, style or frame (a tracking pixel never loads). The
     * {@code sandbox} directive holds even when the URL is opened outside the frame.
     */
    static final String FRAME_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "font-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'; sandbox";

    private final FakeGmailServer gmail;
    private final InboxPage inbox;

    MessageRoutes(FakeGmailServer gmail, InboxPage inbox) {
        this.gmail = gmail;
        this.inbox = inbox;
    }

    /** The inbox's long poll and "delete all" first (their paths would also match a message's). */
    List<Route> routes() {
        String one = "/messages/{id}";
        return List.of(
                new Route("GET", "/messages/wait", inbox::await),
                new Route("POST", "/messages/delete", inbox::deleteAll),
                new Route("GET", one, exchange -> page(exchange, message(exchange))),
                new Route("GET", one + "/html", exchange -> html(exchange, message(exchange))),
                new Route("GET", one + "/raw", exchange -> raw(exchange, message(exchange))),
                new Route("POST", one + "/delete", exchange -> {
                    gmail.deleteMessage(message(exchange).id());
                    exchange.redirect("/");
                }),
                new Route("GET", one + "/attachments/{number}",
                        exchange -> attachment(exchange, message(exchange), number(exchange.path(1)))));
    }

    private ReceivedMessage message(Exchange exchange) {
        String id = exchange.path(0);
        if (!id.matches("\\d{1,18}")) {
            throw HttpError.notFound("There is no page " + exchange.path()
                    + ". Messages are at /messages/<id>, e.g. /messages/1.");
        }
        return gmail.message(id).orElseThrow(() -> HttpError.notFound("There is no message " + id
                + ": it was deleted, or the server was reset. The inbox at / lists the messages there are."));
    }

    private static int number(String text) {
        return text.matches("\\d{1,4}") ? Integer.parseInt(text) : -1;
    }

    private void page(Exchange exchange, ReceivedMessage message) throws IOException {
        Parsed parsed = Parsed.of(message);
        MessagePage.View view = exchange.query("view").map(MessageRoutes::view)
                .orElseGet(() -> MessagePage.defaultView(parsed.parts()));
        try {
            exchange.html(200, Layout.page(Summary.of(message).subject(), Layout.Tab.INBOX, Where.of(gmail),
                    MessagePage.render(message, parsed.parts(), view)));
        } catch (jakarta.mail.MessagingException e) {
            throw Parsed.unparseable(message, e);
        }
    }

    private static MessagePage.View view(String name) {
        try {
            return MessagePage.View.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HttpError.of(400, "There is no view '" + name + "'; choose html, text, headers or raw.");
        }
    }

    private static void html(Exchange exchange, ReceivedMessage message) throws IOException {
        String html = Parsed.of(message).parts().framedHtml().orElseThrow(() -> HttpError.notFound(
                "Message " + message.id() + " has no HTML part; its text is at /messages/" + message.id()
                        + "?view=text"));
        exchange.send(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), FRAME_POLICY);
    }

    private static void raw(Exchange exchange, ReceivedMessage message) throws IOException {
        if (exchange.flag("download")) {
            exchange.header("Content-Disposition", "attachment; filename=\"message-" + message.id() + ".eml\"");
            exchange.send(200, "message/rfc822", message.rawBytes(), Exchange.INERT_POLICY);
        } else {
            exchange.send(200, "text/plain; charset=utf-8", message.rawBytes(), Exchange.INERT_POLICY);
        }
    }

    private static void attachment(Exchange exchange, ReceivedMessage message, int number) throws IOException {
        var attachments = Parsed.of(message).parts().attachments();
        if (number < 1 || number > attachments.size()) {
            throw HttpError.notFound("Message " + message.id() + " has " + attachments.size()
                    + " attachment(s); there is no number " + number + ".");
        }
        MessagePart attachment = attachments.get(number - 1);
        exchange.header("Content-Disposition", ContentDisposition.attachment(attachment.fileName()));
        exchange.send(200, attachment.contentType(), attachment.content(), Exchange.INERT_POLICY);
    }
}
