package dev.fakegmail.server.internal.http;

import com.sun.net.httpserver.HttpServer;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.internal.web.WebInbox;
import java.util.ArrayList;
import java.util.List;

/** Every operation of the HTTP side, mounted on one server: the control API, the token endpoint and the web pages. */
final class Routes {
    private Routes() {
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

    static void mount(HttpServer server, FakeGmailServer gmail) {
        server.createContext("/api", new Router(api(gmail)));
        server.createContext("/token", new TokenEndpoint(gmail));
        WebInbox.mount(server, gmail);
    }
}
