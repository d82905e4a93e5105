package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.MessageSummary;
import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
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
     * the ids of {@code References} then {@code In-Reply-To} from its header section alone (the body is not parsed).
     */
    static Keys keys(ReceivedMessage message) {
        MessageSummary summary = message.summary();
        List<String> references = new ArrayList<>();
        try {
            InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(message.rawBytes()));
            for (String name : List.of("References", "In-Reply-To")) {
                String[] values = headers.getHeader(name);
                for (String value : values == null ? new String[0] : values) {
                    Matcher matcher = MESSAGE_ID.matcher(value);
                    while (matcher.find()) {
                        references.add(matcher.group().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (MessagingException e) {
            // a header section Jakarta Mail cannot read names no earlier message: the message starts a thread
        }
        String subject = PREFIX.matcher(summary.subject()).replaceFirst("").strip().toLowerCase(Locale.ROOT);
        return new Keys(subject, summary.messageId().map(id -> id.strip().toLowerCase(Locale.ROOT)), references);
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
