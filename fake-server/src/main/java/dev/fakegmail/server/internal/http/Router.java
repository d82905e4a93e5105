package dev.fakegmail.server.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the route of a request and turns every failure into JSON (docs/http-api.md §1): refused requests get 4xx
 * with a message naming the fix; only a bug in the fake gives 500.
 */
final class Router implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(Router.class.getName());

    private final List<Route> routes;

    Router(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            Call call = null;
            try {
                Route route = find(method, path);
                call = new Call(exchange, route.match(path).orElseThrow());
                route.handler().handle(call);
            } catch (ApiException e) {
                fail(exchange, e.status(), e.error(), e.getMessage());
            } catch (IllegalArgumentException e) {
                fail(exchange, 400, "bad_request", e.getMessage());
            } catch (IllegalStateException e) {
                fail(exchange, 409, "conflict", e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, method + " " + path + " failed", e);
                fail(exchange, 500, "internal_error", "The fake Gmail failed: " + e + "; please report it");
            }
        }
    }

    private Route find(String method, String path) {
        List<Route> matching = routes.stream().filter(r -> r.match(path).isPresent()).toList();
        if (matching.isEmpty()) {
            throw ApiException.notFound("No API operation at " + path + "; GET /api/openapi.json lists every one");
        }
        Optional<Route> route = matching.stream().filter(r -> r.method().equals(method)).findFirst();
        return route.orElseThrow(() -> new ApiException(405, "method_not_allowed", method + " is not allowed on "
                + path + "; use " + matching.stream().map(Route::method).collect(Collectors.joining(" or "))));
    }

    static void fail(HttpExchange exchange, int status, String error, String message) throws IOException {
        ObjectNode body = Call.JSON.createObjectNode().put("error", error).put("message", message);
        byte[] bytes = Call.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
        try {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not send the error: {0}", e.getMessage());
        }
    }
}
