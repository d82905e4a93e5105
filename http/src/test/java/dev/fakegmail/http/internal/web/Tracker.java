package dev.fakegmail.http.internal.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Another site on loopback: it records every request (a tracking pixel, a script's beacon) and serves a page given
 * to it as is, with no Content-Security-Policy, to show what that HTML does in a browser when nothing stops it.
 */
final class Tracker implements AutoCloseable {
    private final HttpServer http;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String page = "";

    Tracker() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                requests.add(path);
                byte[] body = path.equals("/page") ? page.getBytes(StandardCharsets.UTF_8) : new byte[0];
                exchange.getResponseHeaders().set("Content-Type", path.equals("/page") ? "text/html; charset=utf-8"
                        : "image/gif");
                exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
        });
        http.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + path;
    }

    void serve(String html) {
        page = html;
    }

    /** The paths requested so far. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    void forget() {
        requests.clear();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
