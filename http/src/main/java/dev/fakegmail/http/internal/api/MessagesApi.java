package dev.fakegmail.http.internal.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.ContentDisposition;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.http.internal.kernel.Route;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.MessagePage;
import dev.fakegmail.server.MessagePart;
import dev.fakegmail.server.MessageQuery;
import dev.fakegmail.server.ReceivedMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/messages…} (docs/http-api.md §4): the accepted messages, a page at a time and filtered (both read
 * the summaries kept beside each message, never the message), parsed, raw, deleted, and the blocking wait for the
 * next ones.
 */
final class MessagesApi {
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    private static final String RFC822 = "message/rfc822";

    private final FakeGmailServer gmail;

    private MessagesApi(FakeGmailServer gmail) {
        this.gmail = gmail;
    }

    static List<Route> routes(FakeGmailServer gmail) {
        MessagesApi api = new MessagesApi(gmail);
        String one = "/api/messages/{id}";
        return List.of(
                new Route("GET", "/api/messages", api::list),
                new Route("DELETE", "/api/messages", call -> {
                    gmail.deleteMessages();
                    call.noContent();
                }),
                new Route("GET", one, call -> call.json(200, MessageView.parsed(api.message(call)))),
                new Route("DELETE", one, api::delete),
                new Route("GET", one + "/raw", call -> call.send(200, RFC822, api.message(call).rawBytes(), Exchange.INERT_POLICY)),
                new Route("GET", one + "/submitted",
                        call -> call.send(200, RFC822, api.message(call).submittedBytes(), Exchange.INERT_POLICY)),
                new Route("GET", one + "/attachments/{index}", call -> api.part(call, "attachments")),
                new Route("GET", one + "/inline/{index}", call -> api.part(call, "inline")));
    }

    private void list(Exchange call) throws IOException {
        MessageQuery query = MessageFilters.query(call);
        if (call.query("count").isPresent()) {
            List<ReceivedMessage> messages = await(query, count(call), timeout(call));
            call.json(200, listBody(messages).put("count", messages.size()));
            return;
        }
        MessagePage page = gmail.messages(query);
        ObjectNode body = listBody(page.messages()).put("count", page.messages().size())
                .put("matching", page.matching()).put("total", page.total());
        page.nextPageToken().ifPresent(token -> body.put("nextPageToken", token));
        call.json(200, body);
    }

    private static ObjectNode listBody(List<ReceivedMessage> messages) {
        ArrayNode list = Json.array();
        messages.forEach(message -> list.add(MessageView.summary(message)));
        ObjectNode body = Json.object();
        body.set("messages", list);
        return body;
    }

    /** The first {@code count} matches, oldest first, once their {@code 250} was sent; reads only the summaries. */
    private List<ReceivedMessage> await(MessageQuery query, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ReceivedMessage> all = gmail.receivedMessages();
            List<ReceivedMessage> found = all.stream().filter(m -> query.matches(m.summary())).limit(count).toList();
            long left = deadline - System.nanoTime();
            if (found.size() >= count) {
                return found;
            }
            if (left <= 0) {
                throw new HttpError(408, "timeout", "Expected " + count + (count == 1 ? " message" : " messages")
                        + " within " + timeout.toMillis() + " ms but " + found.size() + " arrived"
                        + (found.isEmpty() ? "" : ": " + found.stream().map(m -> m.summary().subject()).toList())
                        + "; send them first, or wait longer with timeout=30s");
            }
            try {
                gmail.awaitMessages(all.size() + 1, Duration.ofNanos(left));
            } catch (RuntimeException timeoutOrInterrupt) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new HttpError(503, "stopping", "The fake Gmail is stopping");
                }
            }
        }
    }

    private void delete(Exchange call) throws IOException {
        if (!gmail.deleteMessage(message(call).id())) {
            throw HttpError.notFound("Message " + call.path(0) + " was deleted meanwhile");
        }
        call.noContent();
    }

    private void part(Exchange call, String kind) throws IOException {
        ReceivedMessage message = message(call);
        int index = parseIndex(call.path(1));
        List<MessagePart> parts = MessageView.parts(message, kind);
        String noun = kind.equals("inline") ? "inline part" : "attachment";
        if (index < 1 || index > parts.size()) {
            throw HttpError.notFound("Message " + message.id() + " has " + parts.size() + " " + noun
                    + "(s), numbered from 1; there is no " + noun + " " + call.path(1));
        }
        MessagePart part = parts.get(index - 1);
        call.header("Content-Disposition", ContentDisposition.attachment(part.fileName()));
        call.send(200, part.contentType(), part.content(), Exchange.INERT_POLICY);
    }

    private ReceivedMessage message(Exchange call) {
        String id = call.path(0);
        return gmail.message(id).orElseThrow(() -> HttpError.notFound("No message with id '" + id
                + "'; GET /api/messages lists the ids of the messages accepted since the last reset"));
    }

    private static int count(Exchange call) {
        String value = call.query("count").orElseThrow();
        try {
            int count = Integer.parseInt(value);
            if (count >= 1 && count <= 10_000) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw HttpError.badRequest("count must be a whole number from 1 to 10000, was '" + value + "'");
    }

    /** {@code 10s}, {@code 500ms}, {@code 2m} or a number of seconds; default 10 s, at most 5 minutes. */
    static Duration timeout(Exchange call) {
        String value = call.query("timeout").orElse("10s").trim().toLowerCase(Locale.ROOT);
        try {
            Duration timeout;
            if (value.endsWith("ms")) {
                timeout = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            } else if (value.endsWith("s")) {
                timeout = Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
            } else if (value.endsWith("m")) {
                timeout = Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)) * 60);
            } else {
                timeout = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
            }
            if (!timeout.isNegative() && timeout.compareTo(LONGEST_WAIT) <= 0) {
                return timeout;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw HttpError.badRequest("timeout must be a duration such as 10s, 500ms or 2m, at most 5m, was '"
                + value + "'");
    }

    private static int parseIndex(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("An attachment is numbered from 1, but was '" + value + "'");
        }
    }
}
