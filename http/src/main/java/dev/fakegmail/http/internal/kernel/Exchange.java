package dev.fakegmail.http.internal.kernel;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One request and its answer, for every area: path parameters, query, the body as JSON or a form (read whole, within
 * the area's size limit and the deadline, before the route runs), and responses that always carry the security headers (no sniffing, no referrer beyond this site, no
 * caching, a Content-Security-Policy). Created by the kernel after the guard let the request through.
 */
public final class Exchange {
    /** The pages: only this server's own script, style, frames and requests; no plugin, no base, no framing. */
    public static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";
    /** JSON, and anything taken from a message (raw source, attachments): inert even when opened on its own. */
    public static final String INERT_POLICY = "default-src 'none'; sandbox";

    private final HttpExchange exchange;
    private final int maxBody;
    private final Deadlines deadlines;
    private List<String> pathParameters = List.of();
    private Map<String, String> query;
    private byte[] body;
    private boolean sent;

    Exchange(HttpExchange exchange, int maxBody, Deadlines deadlines) {
        this.exchange = exchange;
        this.maxBody = maxBody;
        this.deadlines = deadlines;
    }

    void route(List<String> parameters) {
        this.pathParameters = List.copyOf(parameters);
    }

    /** The method, upper case. */
    public String method() {
        return exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    }

    /** The request path without the query, as sent (not decoded). */
    public String path() {
        return exchange.getRequestURI().getRawPath();
    }

    /** The n-th {@code {parameter}} of the route's path, decoded. */
    public String path(int index) {
        return pathParameters.get(index);
    }

    /** A query parameter with a non-empty value, decoded. */
    public Optional<String> query(String name) {
        return Optional.ofNullable(queryMap().get(name)).filter(value -> !value.isEmpty());
    }

    /** Whether the query names {@code name} at all ({@code ?download} or {@code ?download=1}). */
    public boolean flag(String name) {
        return queryMap().containsKey(name);
    }

    /** Every value of a repeated query parameter ({@code ?metadataHeaders=From&metadataHeaders=To}), decoded. */
    public List<String> queryValues(String name) {
        String raw = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        return java.util.Arrays.stream(raw.split("&")).filter(pair -> !pair.isEmpty())
                .filter(pair -> Forms.decode(pair.split("=", 2)[0]).equals(name))
                .map(pair -> pair.contains("=") ? Forms.decode(pair.split("=", 2)[1]) : "").toList();
    }

    /**
     * The request body's bytes, gunzipped when sent with {@code Content-Encoding: gzip} (as Google's Java client
     * sends JSON).
     *
     * @throws HttpError 400 when it claims gzip but is not, 413 when it is over the area's limit (after gunzipping)
     */
    public byte[] bytes() throws IOException {
        return body();
    }

    /** A request header. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    /**
     * The body as a JSON object; an empty body is an empty object.
     *
     * @throws HttpError 400 when it is not a JSON object (one over the area's limit got 413 before the route ran)
     */
    public ObjectNode jsonBody() throws IOException {
        byte[] body = body();
        if (body.length == 0) {
            return Json.object();
        }
        JsonNode node;
        try {
            node = Json.read(body);
        } catch (JacksonException e) {
            throw HttpError.badRequest("The request body is not valid JSON (" + e.getOriginalMessage()
                    + "); send a JSON object such as {\"name\": \"Mail\"} with Content-Type: application/json");
        }
        if (node == null || !node.isObject()) {
            throw HttpError.badRequest("The request body must be a JSON object {...}, but was "
                    + (node == null ? "empty" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        return (ObjectNode) node;
    }

    /**
     * The fields of an {@code application/x-www-form-urlencoded} body, decoded; the first of a repeated name wins.
     *
     * @throws HttpError 400 for malformed percent-encoding
     */
    public Map<String, String> form() throws IOException {
        return Forms.parse(new String(body(), StandardCharsets.UTF_8));
    }

    /** JSON, pretty-printed. */
    public void json(int status, JsonNode body) throws IOException {
        send(status, "application/json; charset=utf-8", Json.bytes(body), INERT_POLICY);
    }

    /** A 204 without a body. */
    public void noContent() throws IOException {
        send(204, "text/plain; charset=utf-8", new byte[0], INERT_POLICY);
    }

    /** A page of this server. */
    public void html(int status, String html) throws IOException {
        send(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), PAGE_POLICY);
    }

    /** Plain text, inert. */
    public void text(int status, String text) throws IOException {
        send(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), INERT_POLICY);
    }

    /** A 303 to a page of this server, after a form changed something. */
    public void redirect(String location) throws IOException {
        header("Location", location);
        send(303, "text/plain; charset=utf-8", new byte[0], INERT_POLICY);
    }

    /** Sets a response header (before the answer is sent). */
    public void header(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    /** Sends the answer with the security headers and {@code policy} as Content-Security-Policy. */
    public void send(int status, String contentType, byte[] body, String policy) throws IOException {
        sent = true;
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Content-Security-Policy", policy);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "same-origin");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(method());
        deadlines.during(() -> {
            exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            return null;
        });
    }

    /** Whether an answer was already sent (an error after that can only be logged). */
    boolean sent() {
        return sent;
    }

    private Map<String, String> queryMap() {
        if (query == null) {
            query = Forms.parse(Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse(""));
        }
        return query;
    }

    /**
     * Reads the whole body before any route acts, so that a request sent halfway changes nothing; a body sent with
     * {@code Content-Encoding: gzip} (Google's Java client compresses its JSON) is unpacked first.
     *
     * @throws HttpError 413 when it is over the area's limit, 400 when it claims gzip but is not
     */
    void readBody() throws IOException {
        boolean gzip = header("Content-Encoding").filter(e -> e.strip().equalsIgnoreCase("gzip")).isPresent();
        InputStream raw = exchange.getRequestBody();
        try (raw) {
            byte[] read = deadlines.during(() -> (gzip ? new GZIPInputStream(raw) : raw).readNBytes(maxBody + 1));
            if (read.length > maxBody) {
                throw new HttpError(413, "too_large", "The request body is larger than " + maxBody + " bytes; "
                        + "this part of the fake Gmail takes small requests");
            }
            body = read;
        } catch (ZipException e) {
            throw HttpError.badRequest("The request body is sent with Content-Encoding: gzip but is not gzip ("
                    + e.getMessage() + "); send it uncompressed, or compress it with gzip");
        }
    }

    private byte[] body() {
        return body == null ? new byte[0] : body;
    }
}
