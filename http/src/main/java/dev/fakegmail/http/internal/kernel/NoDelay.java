package dev.fakegmail.http.internal.kernel;

import java.util.Properties;

/**
 * {@code com.sun.net.httpserver} writes a response's head and body in separate small writes and leaves Nagle's
 * algorithm on, so on a kept-alive connection each answer waits for the client's delayed ACK: measured here, 44–48 ms
 * for every {@code GET /api/accounts} after the first on one connection (Python's {@code http.client}, Google's Java
 * client), 2–4 ms with {@code TCP_NODELAY}. The JDK offers no API for it, only the JVM-wide system property
 * {@value #PROPERTY}, read once when the first server of the JVM is created. The HTTP side sets it, unless the JVM
 * was given a value, before it creates its server; it changes nothing but that socket option.
 */
public final class NoDelay {
    /** The JDK's property: {@code true} sets {@code TCP_NODELAY} on the server's connections. */
    public static final String PROPERTY = "sun.net.httpserver.nodelay";

    private NoDelay() {
    }

    /** Sets {@value #PROPERTY} to {@code true} unless {@code system} already has a value. */
    public static void applyIfAbsent(Properties system) {
        if (system.getProperty(PROPERTY) == null) {
            system.setProperty(PROPERTY, "true");
        }
    }
}
