package dev.fakegmail.server.internal.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One request to the web pages and its answer: query and form parameters, and responses that always carry the
 * security headers (no sniffing, no referrer, no caching, a Content-Security-Policy chosen by the caller).
 */
final class WebExchange {
    /** The pages: only this server's own script, style, frames and requests; no plugin, no base, no framing. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /** Anything taken from a message (raw source, attachments): inert even when opened on its own. */
    static final String INERT_POLICY = "default-src 'none'; sandbox";

    private static final int MAX_FORM_BYTES = 16 * 1024;
    private static final Pattern LOOPBACK_HOST =
            Pattern.compile("(localhost|[a-z0-9-]+\\.localhost|127(\\.\\d{1,3}){3}|\\[::1])(:\\d{1,5})?");

    private final HttpExchange exchange;

    WebExchange(HttpExchange exchange) {
        this.exchange = exchange;
    }

    String method() {
        return exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    }

    /** The request path without the query, as sent (ids and names in it are plain ASCII). */
    String path() {
        return exchange.getRequestURI().getRawPath();
    }

    /** A query parameter, decoded; empty when absent. */
    Optional<String> query(String name) {
        return Optional.ofNullable(decode(exchange.getRequestURI().getRawQuery()).get(name));
    }

    /**
     * The parameters of an {@code application/x-www-form-urlencoded} body.
     *
     * @throws WebException 413 when the body is larger than 16 KiB, 400 when it is not URL-encoded
     */
    Map<String, String> form() throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readNBytes(MAX_FORM_BYTES + 1);
            if (bytes.length > MAX_FORM_BYTES) {
                throw new WebException(413, "The form is larger than " + MAX_FORM_BYTES + " bytes.");
            }
            return decode(new String(bytes, StandardCharsets.US_ASCII));
        }
    }

    /**
     * Refuses a request whose {@code Host} is not a loopback name (a DNS-rebinding page) and, for a POST, one whose
     * {@code Origin} is another site's (a cross-site form aimed at the fake's account page).
     */
    void checkSameOrigin() {
        String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("");
        if (!LOOPBACK_HOST.matcher(host.toLowerCase(Locale.ROOT)).matches()) {
            throw new WebException(403, "The Host header must name this computer (localhost or 127.0.0.1) but was '"
                    + host + "'. Open the inbox at http://localhost:" + exchange.getLocalAddress().getPort() + "/");
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if ("POST".equals(method()) && origin != null && !origin.equalsIgnoreCase("http://" + host)) {
            throw new WebException(403, "A form of the fake Gmail must be sent from its own pages (origin http://"
                    + host + ") but came from '" + origin + "'. Open the page at http://" + host
                    + "/ and send it there.");
        }
    }

    void sendHtml(int status, String html) throws IOException {
        send(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), PAGE_POLICY);
    }

    void sendText(int status, String text) throws IOException {
        send(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), INERT_POLICY);
    }

    /** A 303 to a page of this server, after a form changed something. */
    void redirect(String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(303, "text/plain; charset=utf-8", new byte[0], INERT_POLICY);
    }

    void header(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    void send(int status, String contentType, byte[] body, String policy) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Content-Security-Policy", policy);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "same-origin");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(method());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        try {
            for (String pair : encoded.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException e) {
            throw new WebException(400, "The parameters are not URL-encoded: " + e.getMessage());
        }
        return parameters;
    }
}
