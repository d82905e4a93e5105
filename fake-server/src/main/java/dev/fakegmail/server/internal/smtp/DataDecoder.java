package dev.fakegmail.server.internal.smtp;

/**
 * Turns the DATA section into message bytes: only CRLF.CRLF ends it (a bare LF or CR is content, so
 * {@code \n.\n}, {@code \n.\r\n}, {@code \r\n.\n} and {@code \r.\r} never end a message: no SMTP smuggling), and a
 * line that starts with a dot loses that dot (RFC 5321 §4.5.2), the first line included.
 *
 * <p>The decoder is a byte state machine, so any line length streams through in bounded memory.
 */
final class DataDecoder {
    private enum State { LINE_START, MIDDLE, CR, DOT, DOT_CR, DONE }

    private final MessageBuffer out;
    private State state = State.LINE_START;

    DataDecoder(MessageBuffer out) {
        this.out = out;
    }

    /** Whether the terminating CRLF.CRLF was seen. */
    boolean isComplete() {
        return state == State.DONE;
    }

    /**
     * Consumes bytes until the end of the section or of the input.
     *
     * @return how many bytes were consumed (bytes after the terminator are left for the next command)
     */
    int feed(byte[] input, int offset, int count) {
        int i = offset;
        int end = offset + count;
        while (i < end && state != State.DONE) {
            if (state == State.MIDDLE) {
                int run = i;
                while (run < end && input[run] != '\r') {
                    run++;
                }
                out.append(input, i, run - i);
                i = run;
                if (i == end) {
                    break;
                }
                state = State.CR;
                i++;
                continue;
            }
            step(input[i++]);
        }
        return i - offset;
    }

    private void step(byte b) {
        switch (state) {
            case LINE_START -> {
                if (b == '.') {
                    state = State.DOT;
                } else {
                    middle(b);
                }
            }
            case DOT -> {
                if (b == '\r') {
                    state = State.DOT_CR;
                } else {
                    middle(b);
                }
            }
            case DOT_CR -> {
                if (b == '\n') {
                    state = State.DONE;
                } else {
                    afterCr(b);
                }
            }
            case CR -> afterCr(b);
            default -> throw new IllegalStateException("DATA decoder fed in state " + state);
        }
    }

    private void middle(byte b) {
        if (b == '\r') {
            state = State.CR;
        } else {
            out.append(b);
            state = State.MIDDLE;
        }
    }

    private void afterCr(byte b) {
        out.append((byte) '\r');
        if (b == '\n') {
            out.append(b);
            state = State.LINE_START;
        } else if (b == '\r') {
            state = State.CR;
        } else {
            out.append(b);
            state = State.MIDDLE;
        }
    }
}
