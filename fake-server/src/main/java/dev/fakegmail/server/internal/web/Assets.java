package dev.fakegmail.server.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    void handle(WebExchange exchange) throws IOException {
        Routes.require(exchange, "GET");
        Asset asset = assets.get(exchange.path());
        if (asset == null) {
            throw WebException.notFound("There is no asset " + exchange.path() + "; the pages use "
                    + String.join(" and ", new java.util.TreeSet<>(assets.keySet())) + ".");
        }
        exchange.send(200, asset.contentType(), asset.bytes(), WebExchange.INERT_POLICY);
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
