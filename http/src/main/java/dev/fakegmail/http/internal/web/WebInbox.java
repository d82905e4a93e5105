package dev.fakegmail.http.internal.web;

import dev.fakegmail.http.internal.kernel.Area;
import dev.fakegmail.http.internal.kernel.Route;
import dev.fakegmail.server.FakeGmailServer;
import java.util.ArrayList;
import java.util.List;

/**
 * The web pages of the fake Gmail, for people: the inbox ({@code /}), each message ({@code /messages/…}), the
 * Google Account page ({@code /account…}) and their stylesheet and script ({@code /assets/…}). Server-rendered HTML
 * with one small script that keeps the inbox live; every value taken from a message or an account is escaped, and a
 * message's HTML is only ever shown in a sandboxed frame whose Content-Security-Policy blocks script and remote
 * content.
 *
 * <p>The inbox's live update holds one request (and so one of the server's threads) for up to 20 seconds per open
 * inbox tab: the server's executor has several threads.
 */
public final class WebInbox {
    private WebInbox() {
    }

    /**
     * The pages' area: every path outside {@code /api} and {@code /token}; forms are
     * {@code application/x-www-form-urlencoded}, errors are HTML pages.
     *
     * @param gmail   the fake Gmail whose messages and accounts the pages show and change
     * @param maxForm the largest form body in bytes
     */
    public static Area area(FakeGmailServer gmail, int maxForm) {
        InboxPage inbox = new InboxPage(gmail);
        List<Route> routes = new ArrayList<>();
        routes.add(new Route("GET", "/", inbox::show));
        routes.addAll(new MessageRoutes(gmail, inbox).routes());
        routes.addAll(new AccountRoutes(gmail).routes());
        routes.addAll(new Assets().routes());
        return new Area("/", routes, "application/x-www-form-urlencoded", maxForm, false, new PageErrors());
    }
}
