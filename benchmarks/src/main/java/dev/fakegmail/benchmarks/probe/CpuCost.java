package dev.fakegmail.benchmarks.probe;

import java.lang.management.ManagementFactory;

/**
 * What one call costs the machine: process CPU time per call (all threads: client, server, GC, compiler), after a
 * warm-up. Unlike latency it hardly changes with what else runs on the machine.
 */
public final class CpuCost {
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final int warmUpCalls;
    private final int measuredCalls;

    /** A probe that warms up with {@code warmUpCalls} calls and then measures {@code measuredCalls}. */
    public CpuCost(int warmUpCalls, int measuredCalls) {
        this.warmUpCalls = warmUpCalls;
        this.measuredCalls = measuredCalls;
    }

    /** An action to measure. */
    @FunctionalInterface
    public interface Call {
        /** Runs once. */
        void run() throws Exception;
    }

    /**
     * Milliseconds of process CPU time per call.
     *
     * @throws IllegalStateException where the JVM cannot tell its CPU time
     */
    public double millisPerCall(Call call) throws Exception {
        for (int i = 0; i < warmUpCalls; i++) {
            call.run();
        }
        long before = os.getProcessCpuTime();
        if (before < 0) {
            throw new IllegalStateException("this JVM does not report its process CPU time");
        }
        for (int i = 0; i < measuredCalls; i++) {
            call.run();
        }
        return (os.getProcessCpuTime() - before) / 1e6 / measuredCalls;
    }
}
