package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.ReceivedMessage;

/**
 * One draft of one account (docs/gmail-api.md §5): its id, which stays when {@code drafts.update} replaces the
 * message, and its message, composed with {@code FakeGmailServer.composeAs} and never sent while it is a draft.
 *
 * @param id       {@code r} and a number, such as {@code r1}
 * @param message  the draft's message; its Gmail API id is {@link Mailbox#id} of it
 * @param threadId the {@code message.threadId} the request named, else the message's own id
 * @param size     the message's size in bytes, as stored
 */
record Draft(String id, ReceivedMessage message, String threadId, int size) {
    /** The Gmail API id of the draft's message. */
    String messageId() {
        return Mailbox.id(message);
    }
}
