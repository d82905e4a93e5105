package dev.fakegmail.http.internal.web;

import dev.fakegmail.server.FakeGmailServer;

/** A fake Gmail serving its HTTP side, and so the web pages, on loopback (any free ports). */
final class WebFixture implements AutoCloseable {
    final FakeGmailServer gmail;

    WebFixture() {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).httpPort(0).build().start();
    }

    /** The HTTP port. */
    int port() {
        return gmail.httpPort();
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    @Override
    public void close() {
        gmail.close();
    }
}
