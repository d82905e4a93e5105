package dev.fakegmail.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the {@link HttpSide} on the class path, or says which dependency to add. */
final class HttpSides {
    /** The artifact that implements the HTTP side. */
    static final String ARTIFACT = "dev.fakegmail:fake-gmail-http";

    private HttpSides() {
    }

    /**
     * The HTTP side of the context class loader, else of the core's.
     *
     * @throws IllegalStateException naming the dependency to add when none is on the class path
     */
    static HttpSide find() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        for (ClassLoader loader : new ClassLoader[] {context, HttpSides.class.getClassLoader()}) {
            if (loader != null) {
                try {
                    Iterator<HttpSide> found = ServiceLoader.load(HttpSide.class, loader).iterator();
                    if (found.hasNext()) {
                        return found.next();
                    }
                } catch (ServiceConfigurationError e) {
                    throw new IllegalStateException("The fake Gmail's HTTP side could not be loaded (" + e.getMessage()
                            + "); use " + ARTIFACT + ":" + version() + ", the version of fake-gmail-server", e);
                }
            }
        }
        throw new IllegalStateException(missing());
    }

    /** The message when the HTTP side is not on the class path. */
    static String missing() {
        String coordinates = ARTIFACT + ":" + version();
        return "The fake Gmail's HTTP side (builder().http(true) or httpPort(n)) is not on the class path. Add the test"
                + " dependency " + coordinates + " (Maven: <groupId>dev.fakegmail</groupId><artifactId>fake-gmail-http"
                + "</artifactId>; Gradle: testImplementation(\"" + coordinates + "\")), or leave HTTP off.";
    }

    /** This build's version, the one the HTTP side must have too. */
    static String version() {
        try (InputStream in = HttpSides.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "<the fake-gmail-server version>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
