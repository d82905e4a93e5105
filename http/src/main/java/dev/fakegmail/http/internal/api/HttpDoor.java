package dev.fakegmail.http.internal.api;

import com.sun.net.httpserver.HttpServer;
import dev.fakegmail.http.internal.kernel.Deadlines;
import dev.fakegmail.http.internal.kernel.Kernel;
import dev.fakegmail.http.internal.kernel.NoDelay;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.HttpSide;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * The HTTP side of a fake Gmail (docs/http-api.md §1): one JDK {@link HttpServer} on loopback, plain HTTP, serving the
 * control API under {@code /api}, Google's token endpoint at {@code /token} and the web pages. The port is chosen like the SMTP
 * ports: the preferred one, else (unless strict) any free one.
 */
public final class HttpDoor implements HttpSide.Door {
    private static final System.Logger LOG = System.getLogger(HttpDoor.class.getName());
    /** Threads of the JDK's server: every exchange the kernel answers at once, and room for heads on their way. */
    public static final int MAX_THREADS = Kernel.MAX_EXCHANGES + 50;

    private final HttpServer server;
    private final Deadlines deadlines;

    private HttpDoor(HttpServer server, Deadlines deadlines) {
        this.server = server;
        this.deadlines = deadlines;
    }

    /**
     * Binds loopback and starts serving {@code gmail}: one context, {@code /}, whose {@link Kernel} guards every
     * route of every area.
     *
     * @throws IOException when the port cannot be bound (strict, or no free port)
     */
    public static HttpDoor open(FakeGmailServer gmail, HttpSide.Settings settings) throws IOException {
        return open(gmail, settings, Deadlines.DEFAULT);
    }

    /**
     * {@link #open(FakeGmailServer, HttpSide.Settings)} with another deadline for a request's head, its body and the
     * answer's writing (docs/robustness.md, HTTP): a connection still in one of them when it passes is closed.
     */
    public static HttpDoor open(FakeGmailServer gmail, HttpSide.Settings settings, Duration deadline)
            throws IOException {
        NoDelay.applyIfAbsent(System.getProperties());
        HttpServer server = bind(InetAddress.getLoopbackAddress(), settings.port(), settings.strictPorts());
        String name = "fake-gmail-http-" + server.getAddress().getPort();
        Deadlines deadlines = new Deadlines(deadline, name);
        server.setExecutor(deadlines.executor(MAX_THREADS, name));
        server.createContext("/", new Kernel(Routes.areas(gmail), settings, Kernel.MAX_EXCHANGES, deadlines));
        server.start();
        return new HttpDoor(server, deadlines);
    }

    /** The bound port. */
    @Override
    public int port() {
        return server.getAddress().getPort();
    }

    /** The bound address (always loopback). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops serving; waiting requests (a blocking message wait) end at once. */
    @Override
    public void close() {
        server.stop(0);
        deadlines.close();
    }

    private static HttpServer bind(InetAddress address, int preferredPort, boolean strict) throws IOException {
        try {
            return HttpServer.create(new InetSocketAddress(address, preferredPort), 64);
        } catch (BindException e) {
            if (strict || preferredPort == 0) {
                throw new BindException("Cannot bind the HTTP port " + preferredPort + " on " + address.getHostAddress()
                        + " (" + e.getMessage() + "); choose another with httpPort(n) or --http-port N, 0 for any"
                        + " free port" + (strict ? ", or drop strictPorts / --strict-ports" : ""));
            }
            LOG.log(System.Logger.Level.DEBUG, "HTTP port {0} not available ({1}); using a free port",
                    preferredPort, e.getMessage());
            return HttpServer.create(new InetSocketAddress(address, 0), 64);
        }
    }
}
