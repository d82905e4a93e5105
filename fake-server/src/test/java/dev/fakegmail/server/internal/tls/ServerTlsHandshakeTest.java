package dev.fakegmail.server.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerTlsHandshakeTest {
    private final ServerTls tls = ServerTls.shared();

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "smtp.gmail.com", "imap.gmail.com"})
    void handshakeSucceedsForTheCertificateNames(String host) throws Exception {
        try (LoopbackTlsServer server = new LoopbackTlsServer(tls)) {
            String clientProtocol = handshake(server, tls.authority().sslContext(), host);

            assertThat(clientProtocol).isEqualTo("TLSv1.3");
            assertThat(server.negotiatedProtocol().join()).isEqualTo("TLSv1.3");
        }
    }

    @Test
    void clientOfferingOnlyTls12GetsTls12() throws Exception {
        try (LoopbackTlsServer server = new LoopbackTlsServer(tls)) {
            String clientProtocol = handshake(server, tls.authority().sslContext(), "localhost", "TLSv1.2");

            assertThat(clientProtocol).isEqualTo("TLSv1.2");
            assertThat(server.negotiatedProtocol().join()).isEqualTo("TLSv1.2");
        }
    }

    @Test
    void clientExpectingAnotherHostNameRejectsTheCertificate() throws Exception {
        try (LoopbackTlsServer server = new LoopbackTlsServer(tls)) {
            assertThatThrownBy(() -> handshake(server, tls.authority().sslContext(), "example.com"))
                    .isInstanceOf(SSLException.class)
                    .hasMessageContaining("example.com");
            assertServerHandshakeFailed(server);
        }
    }

    @Test
    void clientTrustingOnlyTheJdkCasRejectsTheCertificate() throws Exception {
        try (LoopbackTlsServer server = new LoopbackTlsServer(tls)) {
            assertThatThrownBy(() -> handshake(server, SSLContext.getDefault(), "localhost"))
                    .isInstanceOf(SSLException.class);
            assertServerHandshakeFailed(server);
        }
    }

    @Test
    void clientTrustingAnotherTestCaRejectsTheCertificate() throws Exception {
        SSLContext otherCa = ServerTls.fresh().authority().sslContext();
        try (LoopbackTlsServer server = new LoopbackTlsServer(tls)) {
            assertThatThrownBy(() -> handshake(server, otherCa, "localhost"))
                    .isInstanceOf(SSLException.class);
            assertServerHandshakeFailed(server);
        }
    }

    @Test
    void clientOfferingOnlyTls11Fails() throws Exception {
        try (LoopbackTlsServer server = new LoopbackTlsServer(tls)) {
            assertThatThrownBy(() -> handshake(server, tls.authority().sslContext(), "localhost", "TLSv1.1"))
                    .isInstanceOf(SSLException.class);
            assertServerHandshakeFailed(server);
        }
    }

    private static void assertServerHandshakeFailed(LoopbackTlsServer server) {
        assertThatThrownBy(() -> server.negotiatedProtocol().join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IOException.class);
    }

    /** Connects to 127.0.0.1, layers a client TLS socket that expects {@code host}, handshakes; the protocol. */
    private static String handshake(LoopbackTlsServer server, SSLContext client, String host, String... protocols)
            throws IOException {
        try (Socket plain = server.connect();
             SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket(plain, host, server.port(), true)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (protocols.length > 0) {
                parameters.setProtocols(protocols);
            }
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            String protocol = socket.getSession().getProtocol();
            server.negotiatedProtocol().join(); // wait for the server's side before closing
            return protocol;
        }
    }
}
