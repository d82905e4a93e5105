package dev.fakegmail.server.internal.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.function.Consumer;

/**
 * One listening port on loopback, with its accept thread ({@code fake-gmail-<port>-accept}). Binds the preferred port
 * when it can, otherwise (unless strict) a free one. Shared by the SMTP ports and the IMAP port; what happens to an
 * accepted connection is the door's business (a {@link SessionCap}, a {@link FirstByteGate}).
 */
public final class Listener implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Listener.class.getName());
    private static final int BACKLOG = 128;

    private final ServerSocket serverSocket;
    private final Thread thread;

    private Listener(ServerSocket serverSocket, Consumer<Socket> sessions) {
        this.serverSocket = serverSocket;
        this.thread = new Thread(() -> acceptLoop(sessions),
                "fake-gmail-" + serverSocket.getLocalPort() + "-accept");
        this.thread.setDaemon(true);
    }

    /**
     * Binds and starts accepting.
     *
     * @param name          what the port is for, for error messages ("STARTTLS", "SSL", "IMAP")
     * @param preferredPort the port to try first; 0 for any free port
     * @param strict        whether failing to bind the preferred port is an error instead of a fallback
     * @param sessions      receives each accepted socket, on the accept thread: it must not block
     */
    public static Listener open(InetAddress address, String name, int preferredPort, boolean strict,
                                Consumer<Socket> sessions) throws IOException {
        ServerSocket socket;
        try {
            socket = bind(address, preferredPort);
        } catch (IOException e) {
            if (strict || preferredPort == 0) {
                throw new PortUnavailableException(name, address, preferredPort, e);
            }
            LOG.log(System.Logger.Level.DEBUG, "{0} port {1} not available ({2}); using a free port",
                    name, preferredPort, e.getMessage());
            socket = bind(address, 0);
        }
        Listener listener = new Listener(socket, sessions);
        listener.thread.start();
        return listener;
    }

    /** The port actually bound. */
    public int port() {
        return serverSocket.getLocalPort();
    }

    @Override
    public void close() {
        try {
            serverSocket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing port {0}: {1}", port(), e.getMessage());
        }
    }

    /** Waits for the accept thread to end after {@link #close()}. */
    public void join(long millis) throws InterruptedException {
        thread.join(millis);
    }

    private void acceptLoop(Consumer<Socket> sessions) {
        while (!serverSocket.isClosed()) {
            try {
                Socket client = serverSocket.accept();
                client.setTcpNoDelay(true);
                sessions.accept(client);
            } catch (SocketException e) {
                if (!serverSocket.isClosed()) {
                    LOG.log(System.Logger.Level.WARNING, "accept on port " + port() + " failed", e);
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "accept on port " + port() + " failed", e);
            }
        }
    }

    private static ServerSocket bind(InetAddress address, int port) throws IOException {
        ServerSocket socket = AcceptedSocket.newServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port), BACKLOG);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
