package dev.fakegmail.server.internal.smtp;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The code and enhanced code of a reply, {@code 535 5.7.8}, as the activity log shows it. */
final class ReplySummary {
    private static final Pattern CODES = Pattern.compile("^([2-5][0-9]{2})[ -]?([245]\\.[0-9]{1,3}\\.[0-9]{1,3})?");

    private ReplySummary() {
    }

    /** The summary of a rendered reply; empty for bytes that do not start with a reply code. */
    static String of(byte[] reply) {
        String head = new String(reply, 0, Math.min(reply.length, 16), StandardCharsets.US_ASCII);
        Matcher matcher = CODES.matcher(head);
        if (!matcher.find()) {
            return "";
        }
        return matcher.group(2) == null ? matcher.group(1) : matcher.group(1) + " " + matcher.group(2);
    }
}
