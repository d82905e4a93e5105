package dev.fakegmail.http.internal.web;

import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.server.ReceivedMessage;

/**
 * A message parsed for its page; when it cannot be parsed the page says so with a 422 and points at the raw
 * source, which is always there.
 *
 * @param parts the message taken apart
 */
record Parsed(MessageParts parts) {

    static Parsed of(ReceivedMessage message) {
        try {
            return new Parsed(MessageParts.of(message));
        } catch (RuntimeException e) {
            throw unparseable(message, e);
        }
    }

    static HttpError unparseable(ReceivedMessage message, Exception cause) {
        return HttpError.of(422, "Message " + message.id() + " cannot be taken apart (" + cause.getMessage()
                + "). Its raw source is at /messages/" + message.id() + "/raw");
    }
}
