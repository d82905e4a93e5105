package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.ReceivedMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gmail's threading rule (docs/gmail-api.md §4), as Google's "Managing threads" guide states it: a message joins the
 * thread of a message its {@code In-Reply-To} or {@code References} names, when their subjects match once the
 * {@code Re:} / {@code Fwd:} prefixes are dropped; otherwise it starts a thread of its own. A thread's id is the id of
 * its first message.
 */
final class Threads {
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern PREFIX = Pattern.compile("^\\s*((re|fwd?|aw|wg)\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private Threads() {
    }

    /** Each message's first message in its thread, for messages given oldest first. */
    static Map<ReceivedMessage, ReceivedMessage> roots(List<ReceivedMessage> oldestFirst) {
        Map<String, ReceivedMessage> byMessageId = new HashMap<>();
        Map<ReceivedMessage, ReceivedMessage> roots = new IdentityHashMap<>();
        for (ReceivedMessage message : oldestFirst) {
            ReceivedMessage root = message;
            List<String> references = references(message);
            for (int i = references.size() - 1; i >= 0; i--) {
                ReceivedMessage earlier = byMessageId.get(references.get(i));
                if (earlier != null && subject(earlier).equals(subject(message))) {
                    root = roots.get(earlier);
                    break;
                }
            }
            roots.put(message, root);
            message.header("Message-ID").stream().findFirst()
                    .ifPresent(id -> byMessageId.putIfAbsent(id.strip().toLowerCase(Locale.ROOT), message));
        }
        return roots;
    }

    /** The subject without its reply and forward prefixes, in lower case. */
    static String subject(ReceivedMessage message) {
        return PREFIX.matcher(message.subject()).replaceFirst("").strip().toLowerCase(Locale.ROOT);
    }

    /** The message ids of {@code References} then {@code In-Reply-To}, in lower case. */
    private static List<String> references(ReceivedMessage message) {
        List<String> ids = new ArrayList<>();
        for (String name : List.of("References", "In-Reply-To")) {
            for (String value : message.header(name)) {
                Matcher matcher = MESSAGE_ID.matcher(value);
                while (matcher.find()) {
                    ids.add(matcher.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return ids;
    }
}
