package dev.fakegmail.server.internal.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One HTTP request and its answer: path parameters, query, body as JSON or a form, JSON out. */
final class Call {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 1 << 20;

    private final HttpExchange exchange;
    private final List<String> pathParameters;
    private final Map<String, String> query;

    Call(HttpExchange exchange, List<String> pathParameters) {
        this.exchange = exchange;
        this.pathParameters = List.copyOf(pathParameters);
        this.query = parseForm(Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse(""));
    }

    /** The n-th {@code {parameter}} of the route's path, URL-decoded. */
    String path(int index) {
        return pathParameters.get(index);
    }

    /** A query parameter. */
    Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name)).filter(value -> !value.isEmpty());
    }

    /** The body as a JSON object; an empty body is an empty object. */
    ObjectNode jsonBody() throws IOException {
        byte[] body = body();
        if (body.length == 0) {
            return JSON.createObjectNode();
        }
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("The request body is not valid JSON (" + e.getOriginalMessage()
                    + "); send a JSON object such as {\"name\": \"Mail\"} with Content-Type: application/json");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object {...}, but was "
                    + (node == null ? "empty" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return (ObjectNode) node;
    }

    /** The body as {@code application/x-www-form-urlencoded} fields. */
    Map<String, String> formBody() throws IOException {
        return parseForm(new String(body(), StandardCharsets.UTF_8));
    }

    /** A request header. */
    Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    void json(int status, JsonNode body) throws IOException {
        bytes(status, "application/json; charset=utf-8", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body));
    }

    void noContent() throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    void bytes(int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    void header(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    private byte[] body() throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new ApiException(413, "too_large", "The request body is larger than " + MAX_BODY
                        + " bytes; the control API takes small JSON objects");
            }
            return body;
        }
    }

    static Map<String, String> parseForm(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            fields.putIfAbsent(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return fields;
    }

    static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Malformed percent-encoding in '" + text + "'; encode '%' as %25");
        }
    }
}
