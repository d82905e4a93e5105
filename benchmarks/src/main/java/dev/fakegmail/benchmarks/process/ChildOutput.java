package dev.fakegmail.benchmarks.process;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a measuring child process reports to the driver: one {@code result.<key>=<value>} line per measurement on
 * standard output, plus the memory figures it can read about itself.
 */
public final class ChildOutput {
    /** The prefix of every result line. */
    public static final String PREFIX = "result.";

    private ChildOutput() {
    }

    /** Prints one result line. */
    public static void result(String key, double value) {
        System.out.println(PREFIX + key + "=" + value);
    }

    /**
     * The process's peak resident set size (VmHWM in {@code /proc/self/status}) in KiB; empty where there is no
     * such file (not Linux).
     */
    public static Optional<Long> peakResidentKiB() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .findFirst()
                    .map(ChildOutput::kibValue);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code "VmHWM:\t  123456 kB"} → 123456. */
    static long kibValue(String statusLine) {
        String digits = statusLine.replaceAll("[^0-9]", "");
        return Long.parseLong(digits);
    }

    /** Heap in use after full collections: what is still reachable, in bytes. */
    public static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
