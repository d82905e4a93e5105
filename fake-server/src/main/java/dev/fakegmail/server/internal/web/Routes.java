package dev.fakegmail.server.internal.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Arrays;

/**
 * Turns a page's handler into an {@link HttpHandler}: checks the origin first, and answers a {@link WebException}
 * (or anything unexpected) with an error page that says what to do.
 */
final class Routes {
    /** A page's handler. */
    @FunctionalInterface
    interface Route {
        void handle(WebExchange exchange) throws IOException;
    }

    private Routes() {
    }

    static HttpHandler guarded(Route route) {
        return raw -> {
            try (HttpExchange closing = raw) {
                WebExchange exchange = new WebExchange(closing);
                try {
                    exchange.checkSameOrigin();
                    route.handle(exchange);
                } catch (WebException e) {
                    exchange.sendHtml(e.status(), errorPage(e.status(), e.getMessage()));
                } catch (RuntimeException e) {
                    exchange.sendHtml(500, errorPage(500, "The fake Gmail failed to show this page: " + e));
                }
            }
        };
    }

    /**
     * @throws WebException 405 when the request's method is not one of {@code methods} ({@code HEAD} goes with
     *                      {@code GET})
     */
    static void require(WebExchange exchange, String... methods) {
        String method = exchange.method();
        boolean allowed = Arrays.asList(methods).contains(method)
                || method.equals("HEAD") && Arrays.asList(methods).contains("GET");
        if (!allowed) {
            exchange.header("Allow", String.join(", ", methods));
            throw new WebException(405, exchange.path() + " answers " + String.join(" or ", methods) + ", not " + method
                    + ".");
        }
    }

    private static String errorPage(int status, String message) {
        return Layout.page("Error " + status, Layout.Tab.INBOX, "",
                "<div class=\"notice error\" id=\"error\"><h2>Error " + status + "</h2><p>" + Html.escape(message)
                        + "</p><p><a href=\"/\">Back to the inbox</a></p></div>");
    }
}
