package dev.fakegmail.http.internal.cli;

import java.util.Properties;

/**
 * The standalone's deadline for an HTTP request's head and body: a client that sends half a request and then nothing
 * would otherwise hold a server thread for as long as its connection lives. {@code com.sun.net.httpserver} has no API
 * for it, only the JVM-wide system property {@value #PROPERTY}, read once when the first server is created. The
 * standalone owns its JVM, so it sets it (unless given with {@code -D}); embedded servers leave the user's JVM alone.
 * It bounds reading a request only: the long poll and the blocking wait answer on their own stated timeouts.
 */
final class RequestDeadline {
    /** The JDK's property: seconds a request's head and body may take to arrive. */
    static final String PROPERTY = "sun.net.httpserver.maxReqTime";
    /** Thirty seconds, as common servers give a request. */
    static final String SECONDS = "30";

    private RequestDeadline() {
    }

    /** Sets {@value #PROPERTY} to {@value #SECONDS} unless {@code system} already has a value. */
    static void applyIfAbsent(Properties system) {
        if (system.getProperty(PROPERTY) == null) {
            system.setProperty(PROPERTY, SECONDS);
        }
    }
}
