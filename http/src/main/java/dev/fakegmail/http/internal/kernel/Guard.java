package dev.fakegmail.http.internal.kernel;

import com.sun.net.httpserver.HttpExchange;
import dev.fakegmail.server.HttpSide;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks every request passes before any route sees it (docs/http-api.md §1), in this order:
 * <ol>
 *   <li>{@code Host} names this machine ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}, any port) or a name
 *       allowed with {@code --allowed-host}: a page on another site that rebinds its DNS name to 127.0.0.1 gets 403;
 *   <li>an unsafe method (POST, PUT, PATCH, DELETE) from a browser on another origin ({@code Origin} of another
 *       site, {@code Origin: null}, {@code Sec-Fetch-Site: cross-site}) gets 403, unless the area is the API and the
 *       origin was given with {@code --cors-origin}; a request without {@code Origin} (curl, Java, Python) passes;
 *   <li>a request body has the area's one media type ({@code Content-Type}), else 415.
 * </ol>
 */
final class Guard {
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern HOST = Pattern.compile("(\\[[0-9a-fA-F:.]+\\]|[^:\\[\\]]+)(?::(\\d{1,5}))?");

    private final Set<String> allowedHosts;
    private final List<String> corsOrigins;

    Guard(HttpSide.Settings settings) {
        this.allowedHosts = Set.copyOf(settings.allowedHosts());
        this.corsOrigins = List.copyOf(settings.corsOrigins());
    }

    /** The origin a CORS-enabled area answers with {@code Access-Control-Allow-Origin}, if this request has one. */
    Optional<String> corsOrigin(HttpExchange exchange, Area area) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst("Origin"))
                .map(origin -> origin.toLowerCase(Locale.ROOT))
                .filter(origin -> area.cors() && corsOrigins.contains(origin));
    }

    /** @throws HttpError 403 when the {@code Host} header does not name this machine or an allowed name */
    void checkHost(HttpExchange exchange) {
        String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("");
        Matcher matcher = HOST.matcher(host.toLowerCase(Locale.ROOT));
        if (!matcher.matches() || !(LOOPBACK.contains(matcher.group(1)) || allowedHosts.contains(matcher.group(1)))) {
            throw new HttpError(403, "forbidden_host", "The Host header must name this computer (localhost, 127.0.0.1"
                    + " or [::1], with or without the port) or a name allowed with --allowed-host NAME (builder"
                    + " allowedHosts(...)), but was '" + host + "'. Open http://localhost:"
                    + exchange.getLocalAddress().getPort() + "/ instead.");
        }
    }

    /** @throws HttpError 403 for an unsafe method sent by a page of another origin */
    void checkOrigin(HttpExchange exchange, Area area) {
        if (!UNSAFE.contains(exchange.getRequestMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
        String own = "http://" + exchange.getRequestHeaders().getFirst("Host").toLowerCase(Locale.ROOT);
        boolean allowed = corsOrigin(exchange, area).isPresent();
        if (!allowed && (origin != null && !origin.equalsIgnoreCase(own)
                || origin == null && "cross-site".equalsIgnoreCase(site))) {
            String found = origin != null ? "Origin: " + origin : "Sec-Fetch-Site: cross-site";
            throw new HttpError(403, "cross_site", "A " + exchange.getRequestMethod() + " from a page of another site"
                    + " is refused (" + found + "): only the fake's own pages at " + own + " and clients that send no"
                    + " Origin (curl, Java, Python) may change it." + fix(area, origin));
        }
    }

    /**
     * @throws HttpError 415 when a request body, or the declared type of an unsafe method's (even empty) body, is not
     *                   one of the area's media types (an empty DELETE is let through whatever it declares)
     */
    void checkContentType(HttpExchange exchange, Area area) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Type");
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        boolean body = length != null && !length.strip().equals("0")
                || exchange.getRequestHeaders().containsKey("Transfer-Encoding");
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        // an empty DELETE is not checked: Google's Java client declares a form type on it (docs/http-api.md §1)
        boolean unsafe = UNSAFE.contains(method) && !method.equals("DELETE");
        if (!body && !(unsafe && declared != null)) {
            return;
        }
        if (declared == null || !area.accepts(mediaType(declared))) {
            throw new HttpError(415, "unsupported_media_type", "The request body must be sent with Content-Type: "
                    + area.bodyType() + ", but the request had " + (declared == null ? "no Content-Type header"
                    : "Content-Type: " + declared) + ". " + example(area.bodyType()));
        }
    }

    private static String fix(Area area, String origin) {
        if (area.cors() && origin != null && !origin.equals("null")) {
            return " To let a front-end at " + origin + " call /api, start the fake with --cors-origin " + origin
                    + " (builder corsOrigins(...)).";
        }
        return " Open the fake's own page and send it from there.";
    }

    private static String example(String bodyType) {
        return bodyType.equals("application/json")
                ? "With curl: curl --json '{...}' URL, or -H 'Content-Type: application/json'."
                : "With curl: curl -d 'name=value' URL (curl sends " + bodyType + " for -d).";
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
