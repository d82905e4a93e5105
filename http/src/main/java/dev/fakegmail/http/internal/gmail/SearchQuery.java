package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.ReceivedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of Gmail's search syntax the door understands in {@code q} (docs/gmail-api.md §4): {@code from:},
 * {@code to:} (To, Cc and Bcc), {@code subject:}, {@code in:} and {@code label:} (a system label: {@code in:inbox}, {@code label:sent}), {@code is:unread} (and
 * {@code is:starred}, a label too), and plain words (in the
 * subject, the sender or the text), a value in double quotes being one phrase; every term must match, ignoring case.
 */
final class SearchQuery {
    private static final Pattern TERM = Pattern.compile("(?:([a-zA-Z]+):)?(?:\"([^\"]*)\"|(\\S+))");

    private SearchQuery() {
    }

    /** What {@code q} keeps of a mailbox's messages. */
    static Predicate<ReceivedMessage> parse(String q, Mailbox mailbox) {
        return parse(q, mailbox::labels);
    }

    /** What {@code q} keeps of messages whose labels {@code labels} tells (the drafts' messages carry DRAFT). */
    static Predicate<ReceivedMessage> parse(String q, Function<ReceivedMessage, List<String>> labels) {
        List<Predicate<ReceivedMessage>> terms = new ArrayList<>();
        Matcher matcher = TERM.matcher(q);
        while (matcher.find()) {
            String operator = matcher.group(1) == null ? "" : matcher.group(1).toLowerCase(Locale.ROOT);
            String value = (matcher.group(2) != null ? matcher.group(2) : matcher.group(3)).toLowerCase(Locale.ROOT);
            terms.add(switch (operator) {
                case "from" -> m -> contains(m.from(), value);
                case "to" -> m -> contains(String.join(",", m.header("To")) + "," + String.join(",", m.header("Cc"))
                        + "," + String.join(",", m.header("Bcc")), value);
                case "subject" -> m -> contains(m.subject(), value);
                case "in", "label", "is" -> m -> labels.apply(m).contains(value.toUpperCase(Locale.ROOT));
                default -> m -> word(m, operator.isEmpty() ? value : operator + ":" + value);
            });
        }
        return terms.stream().reduce(m -> true, Predicate::and);
    }

    private static boolean word(ReceivedMessage message, String value) {
        return contains(message.subject(), value) || contains(message.from(), value) || contains(message.text(), value);
    }

    private static boolean contains(String text, String value) {
        return text.toLowerCase(Locale.ROOT).contains(value);
    }
}
