package dev.fakegmail.http.internal.api;

import dev.fakegmail.http.internal.kernel.Errors;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.http.internal.kernel.Json;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * {@code /token}'s refusals in Google's shape, {@code {"error": ..., "error_description": ...}}
 * (docs/google-oauth.md): Google's own error codes as they are, anything the kernel refuses as
 * {@code invalid_request}.
 */
final class TokenErrors implements Errors {
    private static final Set<String> GOOGLE_CODES = Set.of("invalid_request", "invalid_client", "invalid_grant",
            "unauthorized_client", "unsupported_grant_type", "invalid_scope");
    private static final String HOW = "POST a form to /token, as to https://oauth2.googleapis.com/token";

    @Override
    public void render(Exchange exchange, HttpError error) throws IOException {
        String code = GOOGLE_CODES.contains(error.code()) ? error.code() : "invalid_request";
        exchange.json(error.status(), Json.object().put("error", code).put("error_description", error.getMessage()));
    }

    @Override
    public String notFound(String path) {
        return HOW;
    }

    @Override
    public String notAllowed(String method, String path, List<String> allowed) {
        return HOW;
    }
}
