package dev.fakegmail.http.internal.cli;

/**
 * A daemon thread that prints what the server records while it runs (accepted messages, refused logins) and, when
 * stopped, prints whatever it has not printed yet, so that nothing recorded before {@link #stop()} is lost.
 */
abstract class PrintingThread {
    private static final long JOIN_MILLIS = 5_000;

    private final Thread thread;

    PrintingThread(String name) {
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    /** Starts the thread. */
    final void startPrinting() {
        thread.start();
    }

    /** Ends the thread, then prints what it had not printed. */
    final void stop() {
        thread.interrupt();
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        printRest();
    }

    /** Waits a while for something new and prints it; returns early, or throws, when the thread is interrupted. */
    abstract void awaitAndPrint() throws InterruptedException;

    /** Prints everything recorded that was not printed yet. */
    abstract void printRest();

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                awaitAndPrint();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
