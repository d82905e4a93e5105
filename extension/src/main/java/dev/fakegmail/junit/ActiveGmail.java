package dev.fakegmail.junit;

import dev.fakegmail.server.FakeGmailServer;

/**
 * A running server as one scope (a class or a test) sees it, kept in that scope's {@code ExtensionContext.Store}.
 * JUnit closes it with the scope ({@link StoredResource}); only the scope that started the server stops it.
 *
 * @param server   the running server
 * @param settings the configuration it was started with
 * @param owned    whether this scope started the server (false: a test borrowing its class's server)
 */
record ActiveGmail(FakeGmailServer server, GmailSettings settings, boolean owned) implements StoredResource {

    /** Starts a server that this scope owns. */
    static ActiveGmail start(GmailSettings settings) {
        return new ActiveGmail(settings.start(), settings, true);
    }

    /** The same server, borrowed by a narrower scope that must not stop it. */
    ActiveGmail borrowed() {
        return new ActiveGmail(server, settings, false);
    }

    @Override
    public void close() {
        if (owned) {
            server.stop();
        }
    }
}
