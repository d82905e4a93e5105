package dev.fakegmail.server.internal.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLSocket;

/** Test fixture: accepts one loopback connection, upgrades it with {@link ServerTls#upgrade} and handshakes. */
final class LoopbackTlsServer implements AutoCloseable {
    /** Guards against a hung test only; no assertion depends on it. */
    private static final int HANG_GUARD_MILLIS = 30_000;

    private final ServerSocket listener;
    private final CompletableFuture<String> negotiatedProtocol = new CompletableFuture<>();
    private final Thread acceptor;

    LoopbackTlsServer(ServerTls tls) throws IOException {
        listener = new ServerSocket();
        listener.bind(new InetSocketAddress(loopback(), 0));
        acceptor = new Thread(() -> serveOne(tls), "tls-test-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static InetAddress loopback() throws IOException {
        return InetAddress.getByName("127.0.0.1");
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Completes with the protocol once the server-side handshake succeeded, exceptionally when it failed. */
    CompletableFuture<String> negotiatedProtocol() {
        return negotiatedProtocol;
    }

    /** A plain socket connected to this server. */
    Socket connect() throws IOException {
        Socket plain = new Socket(loopback(), port());
        plain.setSoTimeout(HANG_GUARD_MILLIS);
        return plain;
    }

    private void serveOne(ServerTls tls) {
        try (Socket plain = listener.accept()) {
            plain.setSoTimeout(HANG_GUARD_MILLIS);
            try (SSLSocket tlsSocket = tls.upgrade(plain)) {
                tlsSocket.startHandshake();
                negotiatedProtocol.complete(tlsSocket.getSession().getProtocol());
                // Stay open until the client has closed, so that it never sees a half-finished exchange.
                while (tlsSocket.getInputStream().read() >= 0) {
                    // discard
                }
            }
        } catch (IOException | RuntimeException e) {
            negotiatedProtocol.completeExceptionally(e);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
