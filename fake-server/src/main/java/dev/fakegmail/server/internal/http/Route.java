package dev.fakegmail.server.internal.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the control API: a method and a path template such as {@code /api/accounts/{address}}.
 *
 * @param method   the HTTP method
 * @param template the path with {@code {name}} parameters, as the OpenAPI document lists it
 * @param handler  what answers it
 */
record Route(String method, String template, Handler handler) {

    /** Answers one call. */
    @FunctionalInterface
    interface Handler {
        void handle(Call call) throws IOException;
    }

    /** The decoded path parameters when {@code path} matches the template. */
    Optional<List<String>> match(String path) {
        Matcher matcher = pattern().matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> parameters = new ArrayList<>();
        for (int i = 1; i <= matcher.groupCount(); i++) {
            parameters.add(Call.decode(matcher.group(i)));
        }
        return Optional.of(parameters);
    }

    private Pattern pattern() {
        return Pattern.compile(Pattern.quote(template).replaceAll("\\{[a-zA-Z]+\\}", "\\\\E([^/]+)\\\\Q"));
    }
}
