package dev.fakegmail.server.internal.smtp;

/** Small checks on command text (decoded as ISO-8859-1, one char per octet). */
final class Text {
    private Text() {
    }

    /** Whether every char is printable US-ASCII without space (0x21–0x7E); true for the empty string. */
    static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Removes leading and trailing spaces (only 0x20: other control characters stay and are refused later). */
    static String trimSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }
}
