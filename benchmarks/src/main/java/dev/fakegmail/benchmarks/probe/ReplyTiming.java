package dev.fakegmail.benchmarks.probe;

import java.util.ArrayList;
import java.util.List;

/**
 * How the multi-line replies of one server arrived at a raw-socket client: for each reply, how many reads it took
 * until its last line was complete, and how long it took from the end of the command's write.
 */
public final class ReplyTiming {
    private final List<Double> millis = new ArrayList<>();
    private int replies;
    private int maxReads;

    /** Records one reply. */
    void add(int reads, double replyMillis) {
        replies++;
        maxReads = Math.max(maxReads, reads);
        millis.add(replyMillis);
    }

    /** How many multi-line replies were observed. */
    public int replies() {
        return replies;
    }

    /** The most reads any one reply needed; 1 means every reply arrived as one piece. */
    public int maxReads() {
        return maxReads;
    }

    /** Each reply's time in milliseconds, in the order observed. */
    public List<Double> millis() {
        return List.copyOf(millis);
    }
}
