package dev.fakegmail.http.internal.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.ContentDisposition;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.http.internal.kernel.Route;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.MessagePart;
import dev.fakegmail.server.ReceivedMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * {@code /api/messages…} (docs/http-api.md §4): the accepted messages, filtered, parsed, raw, deleted, and the
 * blocking wait for the next ones.
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
        Predicate<ReceivedMessage> filter = filter(call);
        List<ReceivedMessage> messages = call.query("count").isPresent()
                ? await(filter, count(call), timeout(call))
                : matching(filter);
        ArrayNode list = Json.array();
        messages.forEach(message -> list.add(MessageView.summary(message)));
        ObjectNode body = Json.object().put("count", messages.size());
        body.set("messages", list);
        call.json(200, body);
    }

    private List<ReceivedMessage> await(Predicate<ReceivedMessage> filter, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            int seen = gmail.receivedMessages().size();
            List<ReceivedMessage> found = matching(filter);
            long left = deadline - System.nanoTime();
            if (found.size() >= count) {
                return found.subList(0, count);
            }
            if (left <= 0) {
                throw new HttpError(408, "timeout", "Expected " + count + (count == 1 ? " message" : " messages")
                        + " within " + timeout.toMillis() + " ms but " + found.size() + " arrived"
                        + (found.isEmpty() ? "" : ": " + found.stream().map(ReceivedMessage::subject).toList())
                        + "; send them first, or wait longer with timeout=30s");
            }
            try {
                gmail.awaitMessages(seen + 1, Duration.ofNanos(left));
            } catch (RuntimeException timeoutOrInterrupt) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new HttpError(503, "stopping", "The fake Gmail is stopping");
                }
            }
        }
    }

    private List<ReceivedMessage> matching(Predicate<ReceivedMessage> filter) {
        return gmail.receivedMessages().stream().filter(filter).toList();
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

    private static Predicate<ReceivedMessage> filter(Exchange call) {
        Predicate<ReceivedMessage> filter = message -> true;
        String to = call.query("to").map(MessagesApi::lower).orElse(null);
        if (to != null) {
            filter = filter.and(m -> m.envelope().recipients().stream().anyMatch(r -> lower(r).contains(to)));
        }
        String from = call.query("from").map(MessagesApi::lower).orElse(null);
        if (from != null) {
            filter = filter.and(m -> lower(m.envelope().mailFrom()).contains(from)
                    || lower(MessageView.safely(m::from)).contains(from));
        }
        String subject = call.query("subject").map(MessagesApi::lower).orElse(null);
        if (subject != null) {
            filter = filter.and(m -> lower(MessageView.safely(m::subject)).contains(subject));
        }
        if (call.query("after").isPresent()) {
            Instant after = instant(call.query("after").get());
            filter = filter.and(m -> m.acceptedAt().isAfter(after));
        }
        return filter;
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

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest("after must be an ISO-8601 instant such as 2026-01-31T09:30:00Z, was '"
                    + value + "'");
        }
    }

    private static int parseIndex(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("An attachment is numbered from 1, but was '" + value + "'");
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
