package dev.fakegmail.http.internal.api;

import dev.fakegmail.http.internal.kernel.Errors;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.http.internal.kernel.Json;
import java.io.IOException;
import java.util.List;

/** The control API's refusals: {@code {"error": code, "message": sentence}} (docs/http-api.md §1). */
final class ApiErrors implements Errors {
    @Override
    public void render(Exchange exchange, HttpError error) throws IOException {
        exchange.json(error.status(), Json.object().put("error", error.code()).put("message", error.getMessage()));
    }

    @Override
    public String notFound(String path) {
        return "No API operation at " + path + "; GET /api/openapi.json lists every one";
    }

    @Override
    public String notAllowed(String method, String path, List<String> allowed) {
        return method + " is not allowed on " + path + "; use " + String.join(" or ", allowed);
    }
}
