package dev.fakegmail.server.internal.net;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A pool of at most {@code size} daemon threads named {@code <prefix>N} (the prefix is asked for when a thread is
 * made, so it can name a port bound after the pool was created); idle threads end after 10 s. Remembers its
 * threads so that a closing door can wait for them ({@link #join}).
 */
public final class SessionThreads {
    private static final long IDLE_THREAD_SECONDS = 10;

    private final ThreadPoolExecutor pool;
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    /** A pool of at most {@code size} threads. */
    public SessionThreads(int size, Supplier<String> prefix) {
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(size, size, IDLE_THREAD_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, prefix.get() + count.incrementAndGet());
                    thread.setDaemon(true);
                    threads.removeIf(t -> !t.isAlive());
                    threads.add(thread);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs {@code task} on a pool thread, or queues it until one is free.
     *
     * @throws java.util.concurrent.RejectedExecutionException after {@link #shutdown()}
     */
    public void execute(Runnable task) {
        pool.execute(task);
    }

    /** Takes no more tasks; running ones go on. */
    public void shutdown() {
        pool.shutdown();
    }

    /**
     * Waits up to {@code millis} for the running tasks, then interrupts what is left and waits for every thread
     * (each at most {@code millis}); returns false when a task was still running at the first deadline.
     */
    public boolean join(long millis) throws InterruptedException {
        boolean finished = pool.awaitTermination(millis, TimeUnit.MILLISECONDS);
        if (!finished) {
            pool.shutdownNow();
        }
        for (Thread thread : threads) {
            thread.join(millis);
        }
        return finished;
    }
}
