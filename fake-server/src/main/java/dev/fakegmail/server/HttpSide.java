package dev.fakegmail.server;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The HTTP side of a fake Gmail (control API, Google's token endpoint, web pages), attached from outside the core.
 * The artifact {@code dev.fakegmail:fake-gmail-http} implements it and registers it with
 * {@link java.util.ServiceLoader}; {@link FakeGmailServerBuilder#http(boolean) builder().http(true)} finds it on the
 * class path when the server starts, and names that artifact when it is missing. Users do not call it; it is public
 * so that the HTTP module, a client of this package's public API only, can implement it.
 */
public interface HttpSide {

    /**
     * Binds loopback and starts serving {@code gmail}; the server closes the returned door when it stops.
     *
     * @param gmail    the running fake Gmail whose accounts, messages and clock the HTTP side reads and changes
     * @param settings what the builder was told about the HTTP side
     * @throws IOException when the port cannot be bound
     */
    Door open(FakeGmailServer gmail, Settings settings) throws IOException;

    /** A running HTTP side. */
    interface Door extends AutoCloseable {
        /** The bound port. */
        int port();

        /** Stops serving; requests still waiting end at once. */
        @Override
        void close();
    }

    /**
     * The builder's HTTP settings, as the HTTP side reads them.
     *
     * @param port         the preferred port (0 = any free one)
     * @param strictPorts  whether a preferred port that cannot be bound fails the start
     * @param allowedHosts host names accepted in the {@code Host} header besides {@code localhost},
     *                     {@code 127.0.0.1} and {@code [::1]}, lower case
     * @param corsOrigins  origins ({@code scheme://host[:port]}) whose pages may call {@code /api} through CORS
     */
    record Settings(int port, boolean strictPorts, List<String> allowedHosts, List<String> corsOrigins) {
        private static final String LABEL = "[a-z0-9]([a-z0-9-]*[a-z0-9])?";
        private static final Pattern HOST_NAME = Pattern.compile(LABEL + "(\\." + LABEL + ")*");

        /** Checks and copies the lists: names lower case, origins without a trailing slash. */
        public Settings {
            allowedHosts = Objects.requireNonNull(allowedHosts, "allowedHosts").stream().map(Settings::hostName)
                    .toList();
            corsOrigins = Objects.requireNonNull(corsOrigins, "corsOrigins").stream().map(Settings::origin).toList();
        }

        private static String hostName(String name) {
            String lower = Objects.requireNonNull(name, "allowed host").strip().toLowerCase(Locale.ROOT);
            if (!HOST_NAME.matcher(lower).matches()) {
                throw new IllegalArgumentException("An allowed host must be a host name such as mail.test (no scheme,"
                        + " port or path), but was '" + name + "'");
            }
            return lower;
        }

        private static String origin(String origin) {
            String text = Objects.requireNonNull(origin, "CORS origin").strip();
            String trimmed = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
            URI uri;
            try {
                uri = URI.create(trimmed);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getHost() == null || uri.getRawPath() != null && !uri.getRawPath().isEmpty()
                    || uri.getRawQuery() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("A CORS origin must be scheme://host[:port], such as"
                        + " http://localhost:3000, but was '" + origin + "'");
            }
            return trimmed.toLowerCase(Locale.ROOT);
        }
    }
}
