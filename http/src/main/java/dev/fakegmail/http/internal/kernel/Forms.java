package dev.fakegmail.http.internal.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code application/x-www-form-urlencoded} text (a query or a form body) as names and decoded values. */
public final class Forms {
    private Forms() {
    }

    /**
     * The fields of {@code form}; the first of a repeated name wins, a name without {@code =} has an empty value.
     *
     * @throws HttpError 400 for malformed percent-encoding
     */
    public static Map<String, String> parse(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = Route.decode(equals < 0 ? pair : pair.substring(0, equals));
            fields.putIfAbsent(name, equals < 0 ? "" : Route.decode(pair.substring(equals + 1)));
        }
        return fields;
    }

    /** Percent-decodes one component (a {@code +} is a space). */
    public static String decode(String text) {
        return Route.decode(text);
    }
}
