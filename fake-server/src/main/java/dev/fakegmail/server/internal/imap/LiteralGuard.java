package dev.fakegmail.server.internal.imap;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds what a client can make GreenMail's parser hold: a command line longer than {@code maxLine} octets, or a
 * literal ({@code {n}} / {@code {n+}} at a line's end) larger than {@code maxLiteral}, fails the read before
 * GreenMail allocates for it (docs/gmail-imap.md §6). GreenMail reads a literal into one array of the announced
 * size, so without this a {@code {2000000000}} would exhaust the heap; and a large literal must fit in the door's
 * {@link LiteralBudget} until its last octet arrived, so many sessions announcing large literals cannot exhaust it
 * together. Literal contents do not count as line. Once tripped, every later read fails too, so the session ends;
 * {@link #release()} gives back what the literal in progress reserved.
 */
final class LiteralGuard extends FilterInputStream {
    /** Why the guard stopped the session. */
    enum Trip { NONE, LINE_TOO_LONG, LITERAL_TOO_LARGE, BUDGET_EXHAUSTED }

    private final int maxLine;
    private final long maxLiteral;
    private final LiteralBudget budget;
    private long reservedLiteral;
    private final StringBuilder tail = new StringBuilder(24);
    private long literalLeft;
    private int lineLength;
    private Trip trip = Trip.NONE;

    LiteralGuard(InputStream in, int maxLine, long maxLiteral, LiteralBudget budget) {
        super(in);
        this.maxLine = maxLine;
        this.maxLiteral = maxLiteral;
        this.budget = budget;
    }

    /** Gives back the budget of a literal still in progress (the session ends). */
    void release() {
        budget.release(reservedLiteral);
        reservedLiteral = 0;
    }

    /** Why reading stopped, or {@link Trip#NONE}. */
    Trip trip() {
        return trip;
    }

    @Override
    public int read() throws IOException {
        check();
        int b = super.read();
        if (b >= 0) {
            observe((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        check();
        int count = super.read(buffer, offset, length);
        int i = 0;
        while (i < count) {
            if (literalLeft > 0) {
                int skipped = (int) Math.min(literalLeft, count - i);
                consumed(skipped);
                i += skipped;
            } else {
                observe(buffer[offset + i]);
                i++;
            }
        }
        return count;
    }

    private void consumed(long octets) {
        literalLeft -= octets;
        if (literalLeft == 0) {
            release();
        }
    }

    private void check() throws IOException {
        if (trip != Trip.NONE) {
            throw new IOException("IMAP input refused: " + trip);
        }
    }

    private void observe(byte b) throws IOException {
        if (literalLeft > 0) {
            consumed(1);
            return;
        }
        if (b == '\n') {
            literalLeft = announcedLiteral();
            if (literalLeft > 0) {
                if (!budget.reserve(literalLeft)) {
                    literalLeft = 0;
                    fail(Trip.BUDGET_EXHAUSTED);
                }
                reservedLiteral = literalLeft;
            }
            lineLength = 0;
            tail.setLength(0);
            return;
        }
        if (++lineLength > maxLine) {
            fail(Trip.LINE_TOO_LONG);
        }
        if (tail.length() == 23) {
            tail.deleteCharAt(0);
        }
        tail.append((char) (b & 0xff));
    }

    /** The size announced by {@code {n}} or {@code {n+}} just before CRLF, or 0. */
    private long announcedLiteral() throws IOException {
        int end = tail.length();
        if (end > 0 && tail.charAt(end - 1) == '\r') {
            end--;
        }
        if (end < 3 || tail.charAt(end - 1) != '}') {
            return 0;
        }
        int close = end - 1;
        int digitsEnd = tail.charAt(close - 1) == '+' ? close - 1 : close;
        int open = tail.lastIndexOf("{", digitsEnd);
        if (open < 0 || open + 1 >= digitsEnd) {
            return 0;
        }
        String digits = tail.substring(open + 1, digitsEnd);
        if (!digits.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        long size = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (size > maxLiteral) {
            fail(Trip.LITERAL_TOO_LARGE);
        }
        return size;
    }

    private void fail(Trip reason) throws IOException {
        trip = reason;
        throw new IOException("IMAP input refused: " + reason);
    }
}
