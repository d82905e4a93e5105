package dev.fakegmail.server.internal.smtp;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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

    /**
     * Whether the octets (one char each) are well-formed UTF-8 (RFC 3629): no invalid byte such as 0xFF, no overlong
     * encoding, no lone continuation byte, no truncated sequence, no surrogate.
     */
    static boolean isUtf8(String octets) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(octets.getBytes(StandardCharsets.ISO_8859_1)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
