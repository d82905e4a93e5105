package dev.fakegmail.http.internal.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes one flat JSON object (RFC 8259) of strings, numbers and booleans, members in the order added, two
 * spaces of indentation. Strings are escaped so that any text round-trips, including quotes, backslashes,
 * control characters and the line separators U+2028 and U+2029.
 */
final class JsonObjectWriter {
    private final Map<String, String> members = new LinkedHashMap<>();

    /** Adds a string member. */
    JsonObjectWriter string(String name, String value) {
        return member(name, quoted(Objects.requireNonNull(value, name)));
    }

    /** Adds a number member. */
    JsonObjectWriter number(String name, long value) {
        return member(name, Long.toString(value));
    }

    /** Adds a boolean member. */
    JsonObjectWriter bool(String name, boolean value) {
        return member(name, Boolean.toString(value));
    }

    /** The object as JSON text ending in a newline. */
    String toJson() {
        StringBuilder json = new StringBuilder("{");
        String separator = "\n";
        for (Map.Entry<String, String> member : members.entrySet()) {
            json.append(separator).append("  ").append(quoted(member.getKey())).append(": ").append(member.getValue());
            separator = ",\n";
        }
        return json.append(members.isEmpty() ? "}\n" : "\n}\n").toString();
    }

    /** {@code text} as a JSON string literal, quotes included. */
    static String quoted(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private JsonObjectWriter member(String name, String encodedValue) {
        Objects.requireNonNull(name, "name");
        if (members.putIfAbsent(name, encodedValue) != null) {
            throw new IllegalArgumentException("JSON member '" + name + "' was added twice");
        }
        return this;
    }
}
