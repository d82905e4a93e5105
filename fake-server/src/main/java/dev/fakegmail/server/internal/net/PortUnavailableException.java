package dev.fakegmail.server.internal.net;

import java.io.IOException;
import java.net.InetAddress;

/** A port that must be bound (strict ports) could not be. The message names the port, why, and the fix. */
public final class PortUnavailableException extends IOException {
    private static final long serialVersionUID = 1L;

    PortUnavailableException(String name, InetAddress address, int port, IOException cause) {
        super("Cannot bind the " + name + " port " + port + " on " + address.getHostAddress() + ": "
                + cause.getMessage() + ". Free the port, choose another one, use 0 for any free port, "
                + "or turn strict ports off to fall back to a free port.", cause);
    }
}
