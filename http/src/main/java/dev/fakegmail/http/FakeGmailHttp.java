package dev.fakegmail.http;

import dev.fakegmail.http.internal.api.HttpDoor;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.HttpSide;
import java.io.IOException;

/**
 * The fake Gmail's HTTP side: the control API under {@code /api}, Google's token endpoint at {@code /token} and the
 * web pages, behind one kernel and one guard (docs/http-api.md §1). Registered with {@link java.util.ServiceLoader},
 * so {@code FakeGmailServer.builder().http(true)} finds it when this jar is on the class path; nothing here is
 * called directly.
 */
public final class FakeGmailHttp implements HttpSide {
    /** Called by {@link java.util.ServiceLoader}. */
    public FakeGmailHttp() {
        // stateless: each open() serves one server
    }

    @Override
    public Door open(FakeGmailServer gmail, Settings settings) throws IOException {
        return HttpDoor.open(gmail, settings);
    }
}
