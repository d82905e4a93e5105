package dev.fakegmail.server.robustness;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the server's threads reported while the tests ran: log records of {@code dev.fakegmail.*} at WARNING and
 * above, and exceptions that escaped a thread. Installed once per JVM and shared by every test class (Surefire runs
 * classes concurrently), so each test looks only at the threads of its own server: the engine names them
 * {@code fake-gmail-<port>-…}.
 */
final class ServerEvents {
    /** Held strongly: java.util.logging keeps loggers only weakly, and a collected logger loses its handler. */
    private static final Logger ROOT = Logger.getLogger("dev.fakegmail");
    private static final Queue<Event> EVENTS = new ConcurrentLinkedQueue<>();

    static {
        ROOT.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    EVENTS.add(new Event(Thread.currentThread().getName(), record.getLevel() + " "
                            + record.getLoggerName() + ": " + record.getMessage(), record.getThrown()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            EVENTS.add(new Event(thread.getName(), "uncaught exception", error));
            if (previous != null) {
                previous.uncaughtException(thread, error);
            }
        });
    }

    /** One warning, error or uncaught exception on a named thread. */
    record Event(String thread, String what, Throwable thrown) {
        @Override
        public String toString() {
            return thread + ": " + what + (thrown == null ? "" : " (" + thrown + ")");
        }
    }

    private ServerEvents() {
    }

    /** Makes sure the handlers are in place (class initialisation does the work). */
    static void install() {
        // see the static initialiser
    }

    /** The events reported by threads of the server whose ports are given. */
    static List<Event> of(int... ports) {
        return EVENTS.stream().filter(event -> {
            for (int port : ports) {
                if (event.thread().startsWith("fake-gmail-" + port + "-")) {
                    return true;
                }
            }
            return false;
        }).toList();
    }

    /** The live threads of the server whose ports are given ({@code fake-gmail-<port>-accept}, {@code -session-N}). */
    static List<String> threads(int... ports) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> {
                    for (int port : ports) {
                        if (name.startsWith("fake-gmail-" + port + "-")) {
                            return true;
                        }
                    }
                    return false;
                }).toList();
    }
}
