package dev.fakegmail.server.internal.web;

import com.sun.net.httpserver.HttpServer;
import dev.fakegmail.server.FakeGmailServer;
import java.util.Objects;

/**
 * The web pages of the fake Gmail, for people: the inbox ({@code /}), each message ({@code /messages/…}), the
 * Google Account page ({@code /account…}) and their stylesheet and script ({@code /assets/…}). Server-rendered HTML
 * with one small script that keeps the inbox live; every value taken from a message or an account is escaped, and a
 * message's HTML is only ever shown in a sandboxed frame whose Content-Security-Policy blocks script and remote
 * content.
 *
 * <p>The inbox's live update holds one request (and so one of the server's threads) for up to 20 seconds per open
 * inbox tab: the {@link HttpServer} needs an executor with several threads.
 */
public final class WebInbox {
    private WebInbox() {
    }

    /**
     * Registers the pages' contexts on {@code http}: {@code /}, {@code /messages/}, {@code /account} and
     * {@code /assets/}. Nothing under {@code /api} or {@code /token}.
     *
     * @param http  a loopback server, not yet started or running, with a multi-threaded executor
     * @param gmail the fake Gmail whose messages and accounts the pages show and change
     * @throws IllegalArgumentException when {@code http} has no executor (it would run the inbox's long poll on
     *                                  its only thread and stall every other page)
     */
    public static void mount(HttpServer http, FakeGmailServer gmail) {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(gmail, "gmail");
        if (http.getExecutor() == null) {
            throw new IllegalArgumentException("The web inbox needs an HttpServer with an executor of several threads"
                    + " but this one has none (it would run every request on one thread, and the inbox's live"
                    + " update holds a request for 20 s). Call http.setExecutor(Executors.newCachedThreadPool())"
                    + " before mounting.");
        }
        InboxPage inbox = new InboxPage(gmail);
        MessageRoutes messages = new MessageRoutes(gmail, inbox);
        AccountRoutes account = new AccountRoutes(gmail);
        Assets assets = new Assets();
        http.createContext("/", Routes.guarded(exchange -> {
            if (!exchange.path().equals("/")) {
                throw WebException.notFound("There is no page " + exchange.path() + ". The inbox is at /, the Google"
                        + " Account page at /account.");
            }
            Routes.require(exchange, "GET");
            inbox.show(exchange);
        }));
        http.createContext("/messages/", Routes.guarded(messages::handle));
        http.createContext("/account", Routes.guarded(account::handle));
        http.createContext("/assets/", Routes.guarded(assets::handle));
    }
}
