package dev.fakegmail.http.internal.api;

import dev.fakegmail.http.internal.gmail.GmailApi;
import dev.fakegmail.http.internal.kernel.Area;
import dev.fakegmail.http.internal.kernel.Route;
import dev.fakegmail.http.internal.web.WebInbox;
import dev.fakegmail.server.FakeGmailServer;
import java.util.ArrayList;
import java.util.List;

/**
 * Every area of the HTTP side and its routes, in the order the kernel looks for a request's area: the Gmail API door,
 * the control API, the token endpoint, then the pages (everything else). The guard is the kernel's, the same for all of them.
 */
final class Routes {
    /** Control API bodies: small JSON objects. */
    static final int API_BODY = 1 << 20;
    /** Token requests and page forms: a few fields. */
    static final int FORM_BODY = 16 * 1024;

    private Routes() {
    }

    /** The areas serving {@code gmail}. */
    static List<Area> areas(FakeGmailServer gmail) {
        List<Area> areas = new ArrayList<>(GmailApi.areas(gmail));
        areas.addAll(List.of(
                new Area("/api", api(gmail), "application/json", API_BODY, true, new ApiErrors()),
                new Area("/token", TokenEndpoint.routes(gmail), "application/x-www-form-urlencoded", FORM_BODY, false,
                        new TokenErrors()),
                WebInbox.area(gmail, FORM_BODY)));
        return List.copyOf(areas);
    }

    /** The control API's operations (the OpenAPI document lists exactly these). */
    static List<Route> api(FakeGmailServer gmail) {
        List<Route> routes = new ArrayList<>();
        routes.addAll(AccountsApi.routes(gmail));
        routes.addAll(MessagesApi.routes(gmail));
        routes.addAll(FaultsApi.routes(gmail));
        routes.addAll(ControlApi.routes(gmail));
        return List.copyOf(routes);
    }
}
