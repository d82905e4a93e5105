package dev.fakegmail.server;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of accepted messages, answered by {@link FakeGmailServer#messages(MessageQuery)}.
 *
 * @param messages      the messages on this page, in the query's order; each one's {@link ReceivedMessage#summary()}
 *                      is already taken out
 * @param nextPageToken where the next page starts ({@link MessageQuery.Builder#pageToken(String)}); empty on the
 *                      last page
 * @param matching      how many messages match the query's filters in all (the total when there is no filter)
 * @param total         how many messages the server holds
 */
public record MessagePage(List<ReceivedMessage> messages, Optional<String> nextPageToken, int matching, int total) {

    /** Copies the list. */
    public MessagePage {
        messages = List.copyOf(messages);
        Objects.requireNonNull(nextPageToken, "nextPageToken");
    }
}
