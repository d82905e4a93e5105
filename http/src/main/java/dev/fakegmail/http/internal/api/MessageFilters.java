package dev.fakegmail.http.internal.api;

import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.server.MessageQuery;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The query parameters of {@code GET /api/messages} as a {@link MessageQuery} (docs/http-api.md §4): the filters,
 * {@code order} ({@code oldest}, the default, or {@code newest}), {@code pageSize} and {@code pageToken}.
 */
final class MessageFilters {
    private MessageFilters() {
    }

    static MessageQuery query(Exchange call) {
        MessageQuery.Builder query = MessageQuery.builder();
        call.query("to").ifPresent(query::to);
        call.query("from").ifPresent(query::from);
        call.query("subject").ifPresent(query::subject);
        call.query("messageId").ifPresent(query::messageId);
        call.query("after").ifPresent(value -> query.after(instant("after", value)));
        call.query("before").ifPresent(value -> query.before(instant("before", value)));
        call.query("hasAttachment").ifPresent(value -> query.hasAttachment(bool("hasAttachment", value)));
        String order = call.query("order").orElse("oldest").toLowerCase(Locale.ROOT);
        if (!order.equals("oldest") && !order.equals("newest")) {
            throw HttpError.badRequest("order must be oldest (the default) or newest, was '" + order + "'");
        }
        query.newestFirst(order.equals("newest"));
        try {
            call.query("pageSize").ifPresent(value -> query.pageSize(pageSize(value)));
            call.query("pageToken").ifPresent(query::pageToken);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
        return query.build();
    }

    private static int pageSize(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("pageSize must be a whole number from 1 to " + MessageQuery.MAX_PAGE_SIZE
                    + ", was '" + value + "'");
        }
    }

    private static boolean bool(String name, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw HttpError.badRequest(name + " must be true or false, was '" + value + "'");
        };
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest(name + " must be an ISO-8601 instant such as 2026-01-31T09:30:00Z, was '"
                    + value + "'");
        }
    }
}
