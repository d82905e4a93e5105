package dev.fakegmail.server;

import java.util.List;
import java.util.Optional;

/**
 * A message taken apart by {@link PartWalk}: what {@link ReceivedMessage} answers about its parts, computed once.
 *
 * @param text        the text body, decoded
 * @param html        the HTML body, decoded
 * @param attachments the attachments, in document order
 * @param inlineParts the inline parts, in document order
 */
record MessageContent(Optional<String> text, Optional<String> html, List<MessagePart> attachments,
                      List<MessagePart> inlineParts) {
    MessageContent {
        attachments = List.copyOf(attachments);
        inlineParts = List.copyOf(inlineParts);
    }
}
