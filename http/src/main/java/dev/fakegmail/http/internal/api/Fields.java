package dev.fakegmail.http.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.HttpError;
import java.util.Optional;

/** Reads typed fields of a request's JSON object; a field of the wrong type is a 400 naming it. */
final class Fields {
    private Fields() {
    }

    static Optional<String> text(ObjectNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw wrongType(name, "a string", node);
        }
        return Optional.of(node.textValue());
    }

    static String requiredText(ObjectNode body, String name, String example) {
        return text(body, name).orElseThrow(() -> HttpError.badRequest("The request body needs \"" + name
                + "\", a string, e.g. {\"" + name + "\": \"" + example + "\"}"));
    }

    static boolean bool(ObjectNode body, String name, boolean fallback) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw wrongType(name, "true or false", node);
        }
        return node.booleanValue();
    }

    static Optional<Integer> integer(ObjectNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw wrongType(name, "a whole number", node);
        }
        return Optional.of(node.intValue());
    }

    private static HttpError wrongType(String name, String expected, JsonNode found) {
        return HttpError.badRequest("\"" + name + "\" must be " + expected + ", but was " + found);
    }
}
