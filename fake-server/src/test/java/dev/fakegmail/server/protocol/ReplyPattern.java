package dev.fakegmail.server.protocol;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.AssertionFailedError;

/**
 * An expected SMTP reply, written as the exact text (CRLFs included) with three placeholders: {@code <id>} (a
 * Gmail session id, docs/gmail-smtp.md §1), {@code <time>} (unix seconds, checked to be within a few minutes of now) and
 * {@code <ip>} (an IPv4 or IPv6 address). Everything else must match byte for byte.
 */
public final class ReplyPattern {
    /** {@code <13 hex>-<11 hex>sm<7–9 digits><2–6 lowercase alnum>.<1–3 digits>}. */
    public static final String SESSION_ID = "[0-9a-f]{13}-[0-9a-f]{11}sm[0-9]{7,9}[0-9a-z]{2,6}\\.[0-9]{1,3}";
    public static final Pattern SESSION_ID_PATTERN = Pattern.compile(SESSION_ID);

    private static final Pattern PLACEHOLDER = Pattern.compile("<(id|time|ip)>");
    private static final long TIME_TOLERANCE_SECONDS = 300;

    private final String expected;
    private final Pattern pattern;

    private ReplyPattern(String expected) {
        this.expected = expected;
        this.pattern = compile(expected);
    }

    public static ReplyPattern of(String expected) {
        return new ReplyPattern(expected);
    }

    /**
     * Asserts that {@code actual} matches {@code expected} and returns the session id found in it, if the pattern
     * has {@code <id>}.
     */
    public static Optional<String> assertReply(String actual, String expected) {
        return of(expected).assertMatches(actual);
    }

    public Optional<String> assertMatches(String actual) {
        Matcher matcher = pattern.matcher(actual == null ? "" : actual);
        if (!matcher.matches()) {
            throw new AssertionFailedError("SMTP reply differs (CR and LF shown escaped)\n expected: "
                    + visible(expected) + "\n   actual: " + visible(actual), visible(expected), visible(actual));
        }
        if (hasGroup("time")) {
            assertTimeIsNow(matcher.group("time"), actual);
        }
        return hasGroup("id") ? Optional.of(matcher.group("id")) : Optional.empty();
    }

    private boolean hasGroup(String name) {
        return expected.contains("<" + name + ">");
    }

    private static void assertTimeIsNow(String time, String actual) {
        long seconds = Long.parseLong(time);
        long now = Instant.now().getEpochSecond();
        if (Math.abs(now - seconds) > TIME_TOLERANCE_SECONDS) {
            throw new AssertionError("the unix time " + seconds + " in " + visible(actual)
                    + " is more than " + TIME_TOLERANCE_SECONDS + " s away from now (" + now + ")");
        }
    }

    private static Pattern compile(String expected) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(expected);
        boolean[] seen = new boolean[3];
        int last = 0;
        while (placeholder.find()) {
            regex.append(quote(expected.substring(last, placeholder.start())));
            regex.append(group(placeholder.group(1), seen));
            last = placeholder.end();
        }
        regex.append(quote(expected.substring(last)));
        return Pattern.compile(regex.toString());
    }

    private static String group(String name, boolean[] seen) {
        int index = switch (name) {
            case "id" -> 0;
            case "time" -> 1;
            default -> 2;
        };
        if (seen[index]) {
            return "\\k<" + name + ">";
        }
        seen[index] = true;
        String body = switch (name) {
            case "id" -> SESSION_ID;
            case "time" -> "[0-9]{9,11}";
            default -> "[0-9.]{7,15}|[0-9a-fA-F:.]{2,45}";
        };
        return "(?<" + name + ">" + body + ")";
    }

    private static String quote(String literal) {
        return literal.isEmpty() ? "" : Pattern.quote(literal);
    }

    /** The text with CR and LF (and other control bytes) made visible, for failure messages. */
    public static String visible(String text) {
        if (text == null) {
            return "<nothing>";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\r') {
                out.append("\\r");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c < 0x20 || c >= 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return visible(expected);
    }
}
