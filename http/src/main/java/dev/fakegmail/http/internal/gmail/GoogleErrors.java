package dev.fakegmail.http.internal.gmail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Errors;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.http.internal.kernel.Json;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Google's JSON error envelope (docs/gmail-api.md §6): {@code {"error": {"code", "message", "errors": [{"message",
 * "domain", "reason"}], "status", "details"}}}, both for the door's own refusals and for the kernel's (unknown
 * path, wrong Host, body too large), so a client that branches on either form sees Google's.
 */
final class GoogleErrors implements Errors {
    @Override
    public void render(Exchange exchange, HttpError error) throws IOException {
        render(exchange, translate(error), Optional.empty());
    }

    @Override
    public String notFound(String path) {
        return "Method not found.";
    }

    @Override
    public String notAllowed(String method, String path, List<String> allowed) {
        return "Method not found.";
    }

    /** Sends {@code error}; {@code method} is the Gmail method's RPC name for {@code error.details}, if known. */
    static void render(Exchange exchange, GoogleError error, Optional<String> method) throws IOException {
        error.wwwAuthenticate().ifPresent(value -> exchange.header("WWW-Authenticate", value));
        ObjectNode item = Json.object().put("message", error.itemMessage()).put("domain", error.domain())
                .put("reason", error.reason());
        error.location().ifPresent(location -> item.put("location", location).put("locationType", "header"));
        ObjectNode body = Json.object().put("code", error.code()).put("message", error.message());
        body.set("errors", Json.array().add(item));
        body.put("status", error.status());
        error.errorInfo().ifPresent(reason -> {
            ObjectNode info = Json.object().put("@type", "type.googleapis.com/google.rpc.ErrorInfo")
                    .put("reason", reason).put("domain", "googleapis.com");
            ObjectNode metadata = Json.object();
            method.ifPresent(name -> metadata.put("method", "caribou.api.proto.MailboxService." + name));
            metadata.put("service", "gmail.googleapis.com");
            info.set("metadata", metadata);
            body.set("details", Json.array().add(info));
        });
        exchange.json(error.code(), Json.object().set("error", body));
    }

    /** A kernel refusal in Google's words: an unknown path or method is Google's 404 for an unknown method. */
    private static GoogleError translate(HttpError error) {
        return switch (error.status()) {
            case 404, 405 -> GoogleError.of(404, "Method not found.", "notFound", "NOT_FOUND");
            case 400 -> GoogleError.of(400, error.getMessage(), "badRequest", "INVALID_ARGUMENT");
            case 403 -> GoogleError.of(403, error.getMessage(), "forbidden", "PERMISSION_DENIED");
            case 413 -> GoogleError.of(413, error.getMessage(), "uploadTooLarge", "OUT_OF_RANGE");
            case 415 -> GoogleError.of(400, error.getMessage(), "badContent", "INVALID_ARGUMENT");
            case 503 -> GoogleError.of(503, error.getMessage(), "backendError", "UNAVAILABLE");
            default -> GoogleError.of(error.status(), error.getMessage(), "backendError", "INTERNAL");
        };
    }
}
