package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.MessageSummary;
import dev.fakegmail.server.ReceivedMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gmail's threading rule (docs/gmail-api.md §4), as Google's "Managing threads" guide states it: a message joins the
 * thread of a message its {@code In-Reply-To} or {@code References} names, when their subjects match once the
 * {@code Re:} / {@code Fwd:} prefixes are dropped; otherwise it starts a thread of its own. A thread's id is the id of
 * its first message. Worked out once per message and account, when the message enters the account's view.
 */
final class Threads {
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern PREFIX = Pattern.compile("^\\s*((re|fwd?|aw|wg)\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private Threads() {
    }

    /**
     * What the rule reads of a message, taken out once: its subject from its kept summary, its {@code Message-ID} and
     * the ids of {@code References} then {@code In-Reply-To} from a scan of its header section (nothing is parsed).
     */
    static Keys keys(ReceivedMessage message) {
        MessageSummary summary = message.summary();
        List<String> references = new ArrayList<>();
        byte[] raw = message.rawBytes();
        for (String name : List.of("References", "In-Reply-To")) {
            for (String value : header(raw, name)) {
                Matcher matcher = MESSAGE_ID.matcher(value);
                while (matcher.find()) {
                    references.add(matcher.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        String subject = PREFIX.matcher(summary.subject()).replaceFirst("").strip().toLowerCase(Locale.ROOT);
        return new Keys(subject, summary.messageId().map(id -> id.strip().toLowerCase(Locale.ROOT)), references);
    }

    /**
     * The values of one header, unfolded (the line breaks dropped, RFC 5322 §2.2.3), found by a scan of the header section's bytes (a message without it, the
     * usual case, costs one pass over its header lines and no parse). Message ids are ASCII, so the bytes are read
     * as ISO-8859-1.
     */
    static List<String> header(byte[] message, String name) {
        List<String> values = new ArrayList<>();
        int length = name.length();
        int line = 0;
        while (line < message.length && message[line] != '\r' && message[line] != '\n') {
            int end = endOfLine(message, line);
            if (end - line > length && message[line + length] == ':'
                    && new String(message, line, length, StandardCharsets.ISO_8859_1).equalsIgnoreCase(name)) {
                StringBuilder value = new StringBuilder(new String(message, line + length + 1, end - line - length - 1,
                        StandardCharsets.ISO_8859_1));
                int next = skipBreak(message, end);
                while (next < message.length && (message[next] == ' ' || message[next] == '\t')) {
                    int folded = endOfLine(message, next);
                    value.append(new String(message, next, folded - next, StandardCharsets.ISO_8859_1));
                    next = skipBreak(message, folded);
                }
                values.add(value.toString().strip());
                line = next;
            } else {
                line = skipBreak(message, end);
            }
        }
        return values;
    }

    private static int endOfLine(byte[] message, int from) {
        int at = from;
        while (at < message.length && message[at] != '\r' && message[at] != '\n') {
            at++;
        }
        return at;
    }

    private static int skipBreak(byte[] message, int at) {
        if (at < message.length && message[at] == '\r') {
            at++;
        }
        return at < message.length && message[at] == '\n' ? at + 1 : at;
    }

    /**
     * What {@link #keys} takes out of a message.
     *
     * @param subject    the subject without its prefixes, in lower case
     * @param messageId  its {@code Message-ID}, in lower case
     * @param references the message ids it answers, in lower case, {@code References} first
     */
    record Keys(String subject, Optional<String> messageId, List<String> references) {

        /**
         * The thread this message joins: that of the last message it names (by {@code earlier}, an account's
         * messages by Message-ID) whose subject matches; empty when it starts one.
         */
        <T> Optional<T> joins(Function<String, Optional<T>> earlier, Function<T, String> subjectOf) {
            for (int i = references.size() - 1; i >= 0; i--) {
                Optional<T> found = earlier.apply(references.get(i));
                if (found.isPresent() && subjectOf.apply(found.get()).equals(subject)) {
                    return found;
                }
            }
            return Optional.empty();
        }
    }
}
