package dev.fakegmail.http.internal.api;

import com.sun.net.httpserver.HttpServer;
import dev.fakegmail.http.internal.kernel.Kernel;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.HttpSide;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of a fake Gmail (docs/http-api.md §1): one JDK {@link HttpServer} on loopback, plain HTTP, serving the
 * control API under {@code /api}, Google's token endpoint at {@code /token} and the web pages. The port is chosen like the SMTP
 * ports: the preferred one, else (unless strict) any free one.
 */
public final class HttpDoor implements HttpSide.Door {
    private static final System.Logger LOG = System.getLogger(HttpDoor.class.getName());
    /**
     * The JDK server's switch for {@code TCP_NODELAY} on accepted sockets, read once per JVM when its first server
     * starts. Without it the server writes a response's head and body separately and the second write waits for the
     * client's delayed ACK: every exchange took 32–56 ms on loopback (java.net.http client, 2026-12-07), 1.4–3.7 ms
     * with it. Set unless the user set it.
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;

    private HttpDoor(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds loopback and starts serving {@code gmail}: one context, {@code /}, whose {@link Kernel} guards every
     * route of every area.
     *
     * @throws IOException when the port cannot be bound (strict, or no free port)
     */
    public static HttpDoor open(FakeGmailServer gmail, HttpSide.Settings settings) throws IOException {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        HttpServer server = bind(InetAddress.getLoopbackAddress(), settings.port(), settings.strictPorts());
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads(server.getAddress().getPort()));
        server.setExecutor(executor);
        server.createContext("/", new Kernel(Routes.areas(gmail), settings, Kernel.MAX_EXCHANGES));
        server.start();
        return new HttpDoor(server, executor);
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
        executor.shutdownNow();
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

    private static java.util.concurrent.ThreadFactory daemonThreads(int port) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "fake-gmail-http-" + port + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
