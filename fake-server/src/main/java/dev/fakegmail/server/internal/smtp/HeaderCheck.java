package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.internal.delivery.HeaderSection;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Gmail's checks on the header section at the end of data (docs/gmail-smtp.md §6a): the {@link HeaderLimits}, then
 * a second {@code From}, {@code Subject} or {@code Message-ID} field. One pass over the octets, however the fields are
 * folded.
 */
final class HeaderCheck {
    /** The fields that may appear at most once, as Gmail names them in its reply. */
    private static final String[] SINGLE = {"From", "Subject", "Message-ID"};

    private final HeaderLimits limits;
    private int fields;
    private boolean fieldTooLong;
    private boolean messageIdTooLong;
    private final int[] seen = new int[SINGLE.length];

    private HeaderCheck(HeaderLimits limits) {
        this.limits = limits;
    }

    /** A refusal and its arguments. */
    record Refusal(GmailReply reply, String field) {
    }

    /** The first limit the message breaks, if any. */
    static Optional<Refusal> check(byte[] message, HeaderLimits limits) {
        int end = HeaderSection.end(message);
        if (end > limits.sectionOctets()) {
            return Optional.of(new Refusal(GmailReply.HEADER_SECTION_TOO_LARGE, ""));
        }
        HeaderCheck check = new HeaderCheck(limits);
        check.scan(message, end);
        return check.verdict();
    }

    private Optional<Refusal> verdict() {
        if (fields > limits.fields()) {
            return Optional.of(new Refusal(GmailReply.TOO_MANY_HEADER_FIELDS, ""));
        }
        if (fieldTooLong) {
            return Optional.of(new Refusal(GmailReply.HEADER_FIELD_TOO_LONG, ""));
        }
        if (messageIdTooLong) {
            return Optional.of(new Refusal(GmailReply.MESSAGE_ID_TOO_LONG, ""));
        }
        for (int i = 0; i < SINGLE.length; i++) {
            if (seen[i] > 1) {
                return Optional.of(new Refusal(GmailReply.DUPLICATE_HEADER, SINGLE[i]));
            }
        }
        return Optional.empty();
    }

    /** Walks the fields of {@code message[0, end)}: a field is a line and the continuation lines after it. */
    private void scan(byte[] message, int end) {
        int start = 0;
        while (start < end) {
            int next = lineAfter(message, start, end);
            while (next < end && (message[next] == ' ' || message[next] == '\t')) {
                next = lineAfter(message, next, end);
            }
            field(message, start, next);
            start = next;
        }
    }

    private void field(byte[] message, int start, int end) {
        fields++;
        int colon = start;
        while (colon < end && message[colon] != ':' && message[colon] != '\n') {
            colon++;
        }
        if (colon == end || message[colon] != ':') {
            return;
        }
        String name = new String(message, start, colon - start, StandardCharsets.US_ASCII).strip();
        int valueLength = trimLineEnd(message, colon + 1, end) - colon - 1;
        boolean exempt = name.equalsIgnoreCase("To") || name.equalsIgnoreCase("Cc")
                || name.equalsIgnoreCase("References");
        fieldTooLong |= !exempt && valueLength > limits.fieldValueOctets();
        for (int i = 0; i < SINGLE.length; i++) {
            if (name.equalsIgnoreCase(SINGLE[i])) {
                seen[i]++;
            }
        }
        if (name.equalsIgnoreCase("Message-ID")) {
            String value = new String(message, colon + 1, valueLength, StandardCharsets.ISO_8859_1);
            messageIdTooLong |= value.strip().length() > limits.messageIdChars();
        }
    }

    /** Where the line starting at {@code start} ends (after its LF), or {@code end}. */
    private static int lineAfter(byte[] message, int start, int end) {
        int i = start;
        while (i < end && message[i] != '\n') {
            i++;
        }
        return i < end ? i + 1 : end;
    }

    private static int trimLineEnd(byte[] message, int start, int end) {
        int i = end;
        while (i > start && (message[i - 1] == '\n' || message[i - 1] == '\r')) {
            i--;
        }
        return i;
    }
}
