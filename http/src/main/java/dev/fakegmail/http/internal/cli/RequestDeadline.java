package dev.fakegmail.http.internal.cli;

import java.util.Properties;

/**
 * The standalone's second deadline for an HTTP request's head and body, beside the kernel's own
 * ({@code internal.kernel.Deadlines}, which every HTTP door has, embedded too): the JDK's JVM-wide system property
 * {@value #PROPERTY}, read once when the first server is created, which also times the JDK's own work on a connection
 * before the kernel's executor sees it. The standalone owns its JVM, so it sets it (unless given with {@code -D});
 * embedded servers leave the user's JVM alone. It bounds reading a request only: the long poll and the blocking wait
 * answer on their own stated timeouts.
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
