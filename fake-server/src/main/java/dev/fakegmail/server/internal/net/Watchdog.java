package dev.fakegmail.server.internal.net;

/**
 * One thread per door that, a few times a second, runs a sweep that closes the connections whose {@link Stalls}
 * passed their deadlines. The tick is a quarter of the shortest deadline, between 10 ms and 1 s.
 */
public final class Watchdog implements AutoCloseable {
    private final Thread thread;

    private Watchdog(Thread thread) {
        this.thread = thread;
    }

    /**
     * Starts the thread {@code name}, running {@code sweep} every tick.
     *
     * @param shortestDeadlineMillis the shortest deadline the sweep enforces
     */
    public static Watchdog start(String name, long shortestDeadlineMillis, Runnable sweep) {
        long tick = Math.max(10, Math.min(1_000, shortestDeadlineMillis / 4));
        Thread thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(tick);
                    sweep.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return new Watchdog(thread);
    }

    /** Stops the thread (it ends within a tick's sweep). */
    @Override
    public void close() {
        thread.interrupt();
    }

    /** Waits for the thread to end after {@link #close()}. */
    public void join(long millis) throws InterruptedException {
        thread.join(millis);
    }
}
