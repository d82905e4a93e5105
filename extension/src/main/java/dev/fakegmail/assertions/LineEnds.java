package dev.fakegmail.assertions;

import java.util.Objects;

/**
 * How the text assertions compare bodies: line ends are whatever the client and the MIME encoding made of them.
 * Jakarta Mail sends CRLF, a test writes LF, and SMTP ends every message with a line break the sender never wrote
 * ({@code setText("Hello Bob!")} is stored as {@code "Hello Bob!\r\n"}).
 */
final class LineEnds {
    private LineEnds() {
    }

    /** Whether both texts are equal once CRLF and CR read as LF and one final line break is dropped from each. */
    static boolean sameText(String actual, String expected) {
        return normalized(actual).equals(normalized(Objects.requireNonNull(expected, "expected")));
    }

    private static String normalized(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        return lines.endsWith("\n") ? lines.substring(0, lines.length() - 1) : lines;
    }
}
