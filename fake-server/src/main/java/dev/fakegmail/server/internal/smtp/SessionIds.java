package dev.fakegmail.server.internal.smtp;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Gmail-shaped session ids: {@code <13 hex>-<11 hex>sm<7–9 digits><2–6 alnum>.<1–3 digits>}, for example
 * {@code d2e1a72fcca58-72d40548a06sm7355966b3a.34}. Random per connection.
 */
public final class SessionIds {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final char[] DIGITS = "0123456789".toCharArray();

    private SessionIds() {
    }

    /** A new random session id. */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder id = new StringBuilder(48);
        append(id, HEX, 13, random);
        id.append('-');
        append(id, HEX, 11, random);
        id.append("sm");
        id.append(DIGITS[1 + random.nextInt(9)]);
        append(id, DIGITS, 6 + random.nextInt(3), random);
        append(id, ALNUM, 2 + random.nextInt(5), random);
        id.append('.');
        id.append(1 + random.nextInt(999));
        return id.toString();
    }

    private static void append(StringBuilder out, char[] alphabet, int count, ThreadLocalRandom random) {
        for (int i = 0; i < count; i++) {
            out.append(alphabet[random.nextInt(alphabet.length)]);
        }
    }
}
