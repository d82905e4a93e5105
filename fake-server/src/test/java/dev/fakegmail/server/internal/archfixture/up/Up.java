package dev.fakegmail.server.internal.archfixture.up;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.internal.archfixture.down.Down;

/** Test fixture for {@code PackageGraphTest}: an engine class that reaches the facade and imports a room in a circle. */
public final class Up {
    private Up() {
    }

    /** Reaches into the facade, which an engine must not. */
    public static int port(FakeGmailServer server) {
        return server.smtpPort() + Down.depth();
    }
}
