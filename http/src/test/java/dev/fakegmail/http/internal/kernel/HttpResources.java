package dev.fakegmail.http.internal.kernel;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Arrays;

/** What an HTTP door holds: its threads busy on a connection, the JVM's open descriptors, the heap after a full GC. */
final class HttpResources {
    private HttpResources() {
    }

    /** Threads of the door on {@code port} (named {@code fake-gmail-http-<port>-…}), idle pool threads included. */
    static long threads(int port) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("fake-gmail-http-" + port + "-")).count();
    }

    /** Threads of the door on {@code port} inside an exchange: reading, writing or in a handler (not idle in the pool). */
    static long busyThreads(int port) {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("fake-gmail-http-" + port + "-"))
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(HttpResources::inExchange))
                .count();
    }

    /** Polls until no thread of the door is in an exchange; returns the milliseconds it took, or -1 after {@code ms}. */
    static long awaitIdle(int port, long ms) throws InterruptedException {
        long start = System.nanoTime();
        while ((System.nanoTime() - start) / 1_000_000 < ms) {
            if (busyThreads(port) == 0) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(50);
        }
        return -1;
    }

    /** Open file descriptors of this JVM, or -1 where the platform does not say. */
    static long descriptors() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof UnixOperatingSystemMXBean unix ? unix.getOpenFileDescriptorCount() : -1;
    }

    /** The least heap in use over several full collections. */
    static long retainedHeap() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            Thread.sleep(100);
        }
        return least;
    }

    private static boolean inExchange(StackTraceElement frame) {
        return frame.getClassName().startsWith("sun.net.httpserver.ServerImpl$Exchange")
                || frame.getClassName().startsWith("dev.fakegmail.http.internal.kernel.Kernel");
    }
}
