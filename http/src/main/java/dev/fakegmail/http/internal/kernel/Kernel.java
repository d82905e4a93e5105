package dev.fakegmail.http.internal.kernel;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.fakegmail.server.HttpSide;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * The one handler of the HTTP side, mounted on {@code /}: finds the request's area, applies the {@link Guard}, answers
 * a CORS preflight, finds the route and runs it; a refusal is rendered by the area. No route can be reached without
 * the guard, since no other handler exists.
 */
public final class Kernel implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(Kernel.class.getName());

    /** Exchanges answered at once: every open inbox tab holds one in its long poll, every blocking wait one. */
    public static final int MAX_EXCHANGES = 200;

    private final List<Area> areas;
    private final Guard guard;
    private final int maxExchanges;
    private final Semaphore exchanges;
    private final Deadlines deadlines;

    /**
     * @param areas        the areas, the most specific prefix first; the last one should own {@code /}
     * @param settings     the guard's allowed host names and CORS origins
     * @param maxExchanges how many requests are answered at once; beyond it, 503 in the area's format
     * @param deadlines    the deadline for reading a body and for writing an answer
     */
    public Kernel(List<Area> areas, HttpSide.Settings settings, int maxExchanges, Deadlines deadlines) {
        this.areas = List.copyOf(areas);
        this.guard = new Guard(settings);
        this.maxExchanges = maxExchanges;
        this.exchanges = new Semaphore(maxExchanges);
        this.deadlines = deadlines;
    }

    @Override
    public void handle(HttpExchange raw) throws IOException {
        deadlines.disarm();  // the head has arrived
        try {
            dispatch(raw);
        } finally {
            deadlines.during(() -> {
                raw.close();  // may read what is left of an unread body, and flushes the answer
                return null;
            });
        }
    }

    private void dispatch(HttpExchange raw) throws IOException {
        String path = raw.getRequestURI().getRawPath();
        Area area = areas.stream().filter(a -> a.owns(path)).findFirst().orElseThrow();
        Exchange exchange = new Exchange(raw, area.maxBody(), deadlines);
        if (!exchanges.tryAcquire()) {
            answer(area, exchange, new HttpError(503, "busy", "The fake Gmail is answering " + maxExchanges
                    + " requests at once, its limit (each open inbox tab and each blocking wait holds one);"
                    + " try again when some have finished."));
            return;
        }
        try {
            serve(raw, area, exchange);
        } catch (HttpError e) {
            answer(area, exchange, e);
        } catch (IllegalArgumentException e) {
            answer(area, exchange, HttpError.badRequest(e.getMessage()));
        } catch (IllegalStateException e) {
            answer(area, exchange, HttpError.conflict(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, raw.getRequestMethod() + " " + path + " failed", e);
            answer(area, exchange, new HttpError(500, "internal_error", "The fake Gmail failed: " + e
                    + "; please report it"));
        } finally {
            exchanges.release();
        }
    }

    private void serve(HttpExchange raw, Area area, Exchange exchange) throws IOException {
        guard.checkHost(raw);
        Optional<String> cors = guard.corsOrigin(raw, area);
        cors.ifPresent(origin -> {
            exchange.header("Access-Control-Allow-Origin", origin);
            exchange.header("Vary", "Origin");
        });
        if (exchange.method().equals("OPTIONS") && exchange.header("Access-Control-Request-Method").isPresent()) {
            preflight(area, exchange, cors);
            return;
        }
        guard.checkOrigin(raw, area);
        Route route = find(area, exchange.method(), exchange.path());
        guard.checkContentType(raw, area);
        exchange.readBody();
        exchange.route(route.match(exchange.path()).orElseThrow());
        route.handler().handle(exchange);
    }

    private static void preflight(Area area, Exchange exchange, Optional<String> cors) throws IOException {
        if (cors.isEmpty()) {
            throw new HttpError(403, "cors_off", "Cross-origin calls to " + exchange.path() + " are off"
                    + (area.cors() ? "; start the fake with --cors-origin " + exchange.header("Origin").orElse("URL")
                    + " (builder corsOrigins(...)) to let a front-end at that origin call /api." : "."));
        }
        exchange.header("Access-Control-Allow-Methods", "GET, POST, DELETE");
        exchange.header("Access-Control-Allow-Headers", "Content-Type");
        exchange.header("Access-Control-Max-Age", "600");
        exchange.noContent();
    }

    private static Route find(Area area, String method, String path) {
        List<Route> matching = area.routes().stream().filter(r -> r.match(path).isPresent()).toList();
        if (matching.stream().anyMatch(r -> r.template().equals(path))) {
            matching = matching.stream().filter(r -> r.template().equals(path)).toList();  // a fixed path wins
        }
        if (matching.isEmpty()) {
            throw HttpError.notFound(area.errors().notFound(path));
        }
        List<Route> candidates = matching;
        Optional<Route> route = candidates.stream().filter(r -> r.answers(method)).findFirst();
        return route.orElseThrow(() -> {
            List<String> allowed = candidates.stream().map(Route::method).distinct().toList();
            return new HttpError(405, "method_not_allowed", area.errors().notAllowed(method, path, allowed))
                    .allow(allowed);
        });
    }

    private static void answer(Area area, Exchange exchange, HttpError error) throws IOException {
        if (exchange.sent()) {
            LOG.log(System.Logger.Level.DEBUG, "{0} after the answer was sent: {1}", exchange.path(),
                    error.getMessage());
            return;
        }
        error.allowed().ifPresent(methods -> exchange.header("Allow", methods));
        area.errors().render(exchange, error);  // a client gone away: the IOException makes the JDK close it
    }
}
