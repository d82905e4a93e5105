package dev.fakegmail.http.internal.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Connects a running {@link FakeGmailMain#run} with whoever ends it: the shutdown hook on Ctrl-C or SIGTERM,
 * or a test. Thread-safe.
 */
final class StopSignal {
    private final CompletableFuture<StandaloneGmail> started = new CompletableFuture<>();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    /** Asks the run to stop; it may not have started yet. */
    void requestStop() {
        stopRequested.countDown();
    }

    /** Asks the run to stop and waits at most {@code timeout} until it has cleaned up. */
    boolean stopAndAwaitFinished(Duration timeout) {
        requestStop();
        try {
            return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits at most {@code timeout} for the server to run.
     *
     * @return the running fake Gmail; empty when the run ended without starting it (bad options, --help) or the
     *         time passed
     */
    Optional<StandaloneGmail> awaitStarted(Duration timeout) throws InterruptedException {
        try {
            return Optional.ofNullable(started.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    void started(StandaloneGmail gmail) {
        started.complete(gmail);
    }

    void awaitStopRequest() throws InterruptedException {
        stopRequested.await();
    }

    void finished() {
        started.complete(null);
        finished.countDown();
    }
}
