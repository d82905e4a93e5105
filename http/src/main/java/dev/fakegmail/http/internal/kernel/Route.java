package dev.fakegmail.http.internal.kernel;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation: a method and a path template such as {@code /api/accounts/{address}}; a {@code GET} route answers
 * {@code HEAD} too.
 *
 * @param method   the HTTP method
 * @param template the path with {@code {name}} parameters, as the OpenAPI document lists it
 * @param handler  what answers it
 */
public record Route(String method, String template, Handler handler) {

    /** Answers one request, after the guard let it through. */
    @FunctionalInterface
    public interface Handler {
        /** Reads the request from {@code exchange} and sends the answer, or throws an {@link HttpError}. */
        void handle(Exchange exchange) throws IOException;
    }

    /** The decoded path parameters when {@code rawPath} matches the template. */
    Optional<List<String>> match(String rawPath) {
        Matcher matcher = pattern().matcher(rawPath);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> parameters = new ArrayList<>();
        for (int i = 1; i <= matcher.groupCount(); i++) {
            parameters.add(decode(matcher.group(i)));
        }
        return Optional.of(parameters);
    }

    /** Whether this route answers {@code method} ({@code HEAD} goes with {@code GET}). */
    boolean answers(String method) {
        return this.method.equals(method) || "HEAD".equals(method) && "GET".equals(this.method);
    }

    /**
     * Percent-decodes one URL component.
     *
     * @throws HttpError 400 when the encoding is malformed
     */
    static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("Malformed percent-encoding in '" + text + "'; encode '%' as %25");
        }
    }

    private Pattern pattern() {
        return Pattern.compile(Pattern.quote(template).replaceAll("\\{[a-zA-Z]+\\}", "\\\\E([^/]+)\\\\Q"));
    }
}
