package dev.fakegmail.samples.crm;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP reply a failed send carries, such as {@code 535-5.7.8 Username and Password not accepted}. Jakarta Mail
 * puts the server's reply into the message of the exception it throws (or of a chained one).
 *
 * @param code         the three-digit reply code, e.g. 535
 * @param enhancedCode the enhanced status code, e.g. {@code 5.7.8}; empty when the reply has none
 * @param text         the first line of the reply as received
 */
public record SmtpReply(int code, String enhancedCode, String text) {
    private static final Pattern REPLY = Pattern.compile("(?m)^([2-5]\\d\\d)[ -](?:([2-5]\\.\\d{1,3}\\.\\d{1,3})\\s)?.*$");

    /** The first SMTP reply found in the messages of {@code failure} and its causes. */
    public static Optional<SmtpReply> in(Throwable failure) {
        for (Throwable current = failure; current != null; current = next(current)) {
            Optional<SmtpReply> reply = parse(current.getMessage());
            if (reply.isPresent()) {
                return reply;
            }
        }
        return Optional.empty();
    }

    /** Whether the reply is a temporary failure (4xx): the same message may succeed later. */
    public boolean isTransient() {
        return code >= 400 && code < 500;
    }

    /** Whether the reply's first line contains {@code words}. */
    public boolean says(String words) {
        return text.contains(words);
    }

    private static Optional<SmtpReply> parse(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher matcher = REPLY.matcher(message);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String enhanced = matcher.group(2) == null ? "" : matcher.group(2);
        return Optional.of(new SmtpReply(Integer.parseInt(matcher.group(1)), enhanced, matcher.group().strip()));
    }

    private static Throwable next(Throwable current) {
        Throwable cause = current.getCause();
        return cause == current ? null : cause;
    }
}
