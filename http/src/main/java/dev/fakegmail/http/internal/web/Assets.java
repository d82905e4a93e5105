package dev.fakegmail.http.internal.web;

import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The stylesheet and the script of the pages, read once from the jar. */
final class Assets {
    private final Map<String, Asset> assets;

    private record Asset(String contentType, byte[] bytes) {
    }

    Assets() {
        assets = Map.of(
                "/assets/inbox.css", new Asset("text/css; charset=utf-8", read("inbox.css")),
                "/assets/inbox.js", new Asset("text/javascript; charset=utf-8", read("inbox.js")));
    }

    /** One GET route per asset. */
    List<Route> routes() {
        return assets.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> new Route("GET",
                entry.getKey(), exchange -> exchange.send(200, entry.getValue().contentType(),
                entry.getValue().bytes(), Exchange.INERT_POLICY))).toList();
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The web inbox's " + name + " is missing from the jar; rebuild it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
