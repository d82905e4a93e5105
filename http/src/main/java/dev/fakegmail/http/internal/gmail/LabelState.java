package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.ReceivedMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * The labels {@code messages.modify}, {@code trash} and {@code untrash} set (docs/gmail-api.md §4), per message and
 * account, for one server's door. A message nobody changed has its derived labels ({@link Mailbox#labels}). Keyed
 * by the message object itself (its identity), weakly: a message deleted or dropped by {@code reset()} takes its
 * labels with it, and a later message with the same id starts afresh.
 */
final class LabelState {
    private final Map<ReceivedMessage, Map<String, List<String>>> changed = new WeakHashMap<>();

    /** The labels last set for this account, if any. */
    synchronized Optional<List<String>> of(ReceivedMessage message, String account) {
        Map<String, List<String>> byAccount = changed.get(message);
        return byAccount == null ? Optional.empty()
                : Optional.ofNullable(byAccount.get(account.toLowerCase(Locale.ROOT)));
    }

    synchronized void set(ReceivedMessage message, String account, List<String> labels) {
        changed.computeIfAbsent(message, m -> new HashMap<>()).put(account.toLowerCase(Locale.ROOT),
                List.copyOf(labels));
    }
}
