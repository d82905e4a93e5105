package dev.fakegmail.http.internal.kernel;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side's own deadlines for the parts of an exchange a client controls, so that no thread outlives its
 * connection in an embedded server too, without the JVM-wide {@code sun.net.httpserver.maxReqTime}
 * (docs/robustness.md, HTTP). The JDK's server reads a request's head on a thread of the executor given here, then
 * calls the kernel; the kernel reads the body and writes the answer on the same thread. Each of these phases (the
 * head; reading the body; writing the answer and closing) gets {@code deadline}, and a watchdog interrupts a thread
 * still in the phase when it passes: its blocked read or write is on an interruptible socket channel, so the JDK
 * closes the connection ({@code ClosedByInterruptException}) and the thread is free. Waiting in a handler (the long
 * poll, the blocking message wait) is no phase: those keep their own stated timeouts.
 *
 * <p>Measured on JDK 17.0.15: a connection that sends nothing takes no thread (the JDK's selector waits for its first
 * byte); half a head or half a body takes one until interrupted, and interrupting it closes the connection at once
 * ({@code StalledRequestsTest}: 100 half-sent requests all closed about 2 s after they were sent with a 2 s deadline;
 * without the interrupt they were still open 10 s later).
 */
public final class Deadlines implements AutoCloseable {
    /** A phase's deadline by default: tens of seconds, as common servers use. */
    public static final Duration DEFAULT = Duration.ofSeconds(30);

    private final long deadlineNanos;
    private final Map<Thread, Long> armed = new HashMap<>();
    private final ScheduledExecutorService watchdog;
    private final List<ThreadPoolExecutor> pools = new CopyOnWriteArrayList<>();

    /**
     * @param deadline how long the head, the body, or the answer's writing may take
     * @param name     the start of the watchdog's thread name
     */
    public Deadlines(Duration deadline, String name) {
        this.deadlineNanos = deadline.toNanos();
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon(name + "-deadlines"));
        long tick = Math.max(20, Math.min(250, deadline.toMillis() / 10));
        timer.scheduleWithFixedDelay(this::fire, tick, tick, TimeUnit.MILLISECONDS);
        this.watchdog = timer;
    }

    /**
     * The executor for the JDK's server: at most {@code maxThreads} threads (idle ones end after 10 s; more requests
     * wait in its queue), each task's head under the deadline.
     */
    public Executor executor(int maxThreads, String name) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(maxThreads, maxThreads, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemon(name));
        pool.allowCoreThreadTimeOut(true);
        pools.add(pool);
        return new Executor() {
            @Override
            public void execute(Runnable exchange) {
                pool.execute(() -> {
                    arm();
                    try {
                        exchange.run();
                    } finally {
                        disarm();
                        Thread.interrupted();  // an interrupt meant for a closed connection ends with it
                    }
                });
            }

            @Override
            public String toString() {
                return pool.toString();
            }
        };
    }

    /** A piece of an exchange's input or output. */
    @FunctionalInterface
    interface Io<T> {
        T run() throws IOException;
    }

    /** Runs {@code io} (reading the body, writing the answer) under the deadline. */
    <T> T during(Io<T> io) throws IOException {
        arm();
        try {
            return io.run();
        } finally {
            disarm();
        }
    }

    /** The current thread leaves a phase (the kernel calls it when the head has arrived). */
    synchronized void disarm() {
        armed.remove(Thread.currentThread());
    }

    /** Stops the watchdog and the executors' threads (a request still waiting ends at once). */
    @Override
    public void close() {
        watchdog.shutdownNow();
        pools.forEach(ThreadPoolExecutor::shutdownNow);
    }

    private synchronized void arm() {
        armed.put(Thread.currentThread(), System.nanoTime() + deadlineNanos);
    }

    private synchronized void fire() {
        long now = System.nanoTime();
        armed.entrySet().removeIf(entry -> {
            if (now - entry.getValue() < 0) {
                return false;
            }
            entry.getKey().interrupt();
            return true;
        });
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
