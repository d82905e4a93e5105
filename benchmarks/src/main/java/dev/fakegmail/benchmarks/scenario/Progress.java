package dev.fakegmail.benchmarks.scenario;

/** Tells the person waiting what is running now, on standard error, so the table on standard output stays clean. */
public final class Progress {
    private static final long START = System.nanoTime();

    private Progress() {
    }

    /** Prints one progress line with the seconds elapsed since the report began. */
    public static void say(String what) {
        System.err.printf("[%5.1f s] %s%n", (System.nanoTime() - START) / 1e9, what);
    }
}
