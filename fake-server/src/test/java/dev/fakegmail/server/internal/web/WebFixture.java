package dev.fakegmail.server.internal.web;

import com.sun.net.httpserver.HttpServer;
import dev.fakegmail.server.FakeGmailServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A fake Gmail with the web pages mounted on their own loopback HTTP server (any free port). */
final class WebFixture implements AutoCloseable {
    final FakeGmailServer gmail;
    final HttpServer http;
    private final ExecutorService executor = Executors.newCachedThreadPool();

    WebFixture() throws IOException {
        gmail = FakeGmailServer.builder().build().start();
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.setExecutor(executor);
        WebInbox.mount(http, gmail);
        http.start();
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    String url(String path) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
        gmail.close();
    }
}
