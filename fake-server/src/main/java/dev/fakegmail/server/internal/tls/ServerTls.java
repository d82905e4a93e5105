package dev.fakegmail.server.internal.tls;

import dev.fakegmail.server.CertificateAuthority;
import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The server side of the fake's TLS: a key, its certificate chain, the CA that clients trust, and the
 * {@link SSLContext} built from them. Immutable and thread-safe; one instance can serve any number of servers.
 */
public final class ServerTls {
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private final KeyMaterial material;
    private final CertificateAuthority authority;
    private final SSLContext context;
    private final SSLSocketFactory sockets;

    private ServerTls(KeyMaterial material) {
        this.material = material;
        this.authority = new CertificateAuthority(material.ca());
        this.context = newContext(material);
        this.sockets = context.getSocketFactory();
    }

    /**
     * The JVM-wide test CA and {@code smtp.gmail.com} certificate (SAN {@code localhost}, {@code smtp.gmail.com}, {@code imap.gmail.com},
     * {@code 127.0.0.1}, {@code ::1}), generated on first use and then reused by every server in the JVM.
     */
    public static ServerTls shared() {
        return Shared.INSTANCE;
    }

    /**
     * Uses the caller's own key material.
     *
     * @param key the server's private key; it must belong to {@code chain.get(0)}
     * @param chain the server certificate first, then any intermediates (the root may be included)
     * @param ca the certificate clients should trust, returned by {@link #authority()}
     * @throws IllegalArgumentException when the chain is empty or the key does not belong to its first certificate
     */
    public static ServerTls of(PrivateKey key, List<X509Certificate> chain, X509Certificate ca) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(ca, "ca");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("The server certificate chain is empty: expected the server "
                    + "certificate first, then any intermediates; fix: pass at least the server certificate");
        }
        for (int i = 0; i < chain.size(); i++) {
            Objects.requireNonNull(chain.get(i), "chain[" + i + "]");
        }
        KeyPairCheck.requirePair(key, chain.get(0).getPublicKey());
        return new ServerTls(new KeyMaterial(key, chain, ca));
    }

    /** A newly generated CA and server certificate, not shared (tests that need a second, unrelated CA). */
    static ServerTls fresh() {
        return new ServerTls(TestCertificates.generate());
    }

    /** The CA to hand to clients. */
    public CertificateAuthority authority() {
        return authority;
    }

    /** The server-side context (key manager only, no client authentication); shared by all its sockets. */
    public SSLContext serverContext() {
        return context;
    }

    /**
     * Layers a server-mode TLS socket over an already-connected plain socket, for STARTTLS or an implicit-TLS
     * listener. Only TLS 1.3 and 1.2 are enabled. The handshake has not happened yet: the caller starts it.
     * Closing the returned socket closes {@code plain}. Bytes the caller already read from {@code plain} are
     * not replayed (after STARTTLS they must be discarded anyway).
     *
     * @throws IOException when {@code plain} is not connected or already closed
     */
    public SSLSocket upgrade(Socket plain) throws IOException {
        Objects.requireNonNull(plain, "plain");
        if (!plain.isConnected() || plain.isClosed()) {
            throw new IOException("Cannot start TLS: the plain socket is " + (plain.isClosed() ? "closed" : "not "
                    + "connected") + "; expected an accepted, open connection");
        }
        SSLSocket socket = (SSLSocket) sockets.createSocket(plain, null, true);
        socket.setUseClientMode(false);
        socket.setEnabledProtocols(PROTOCOLS.clone());
        return socket;
    }

    /**
     * Key material for a handshake a client must refuse: a certificate from this CA that expired yesterday.
     *
     * @throws IllegalStateException with your own key material (the CA's private key is unknown)
     */
    public ServerTls expired() {
        return variant(List.of("localhost", "smtp.gmail.com", "imap.gmail.com"), true);
    }

    /** A certificate from this CA for {@code wrong-host.example} only (same restriction as {@link #expired()}). */
    public ServerTls wrongHost() {
        return variant(List.of("wrong-host.example"), false);
    }

    /** A valid certificate for the right names from a CA the clients were never given. */
    public ServerTls untrusted() {
        return new ServerTls(TestCertificates.generate(TestCertificates.UNTRUSTED_CA_SUBJECT));
    }

    private ServerTls variant(List<String> names, boolean expired) {
        PrivateKey caKey = material.caKey().orElseThrow(() -> new IllegalStateException("Expired or wrong-host "
                + "certificates can only be made with the generated test CA, whose key the fake holds; with your own "
                + "key material use the untrusted-CA failure instead"));
        return new ServerTls(TestCertificates.variant(material.ca(), caKey, names, expired));
    }

    /** The server certificate, the first element of the chain. */
    X509Certificate certificate() {
        return material.leaf();
    }

    /** The certificate chain, server certificate first. */
    List<X509Certificate> chain() {
        return material.chain();
    }

    private static SSLContext newContext(KeyMaterial material) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            // An empty (not null) trust manager array: the server never asks for client certificates, and null
            // would make the JDK load its whole cacerts file for nothing.
            context.init(new KeyManager[] {new InMemoryKeyManager(material.key(), material.chain())},
                    new TrustManager[0], null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build the server SSLContext for "
                    + material.leaf().getSubjectX500Principal().getName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ServerTls[certificate=" + material.leaf().getSubjectX500Principal().getName()
                + ", ca=" + material.ca().getSubjectX500Principal().getName() + "]";
    }

    /** Holder idiom: the JVM initialises this class, and so generates the key material, once and on first use. */
    private static final class Shared {
        static final ServerTls INSTANCE = new ServerTls(TestCertificates.generate());
    }
}
