package dev.fakegmail.server.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerTlsUpgradeTest {
    private static final int ALERT = 21;
    private static final int FATAL = 2;
    private static final int PROTOCOL_VERSION = 70;

    private final ServerTls tls = ServerTls.shared();

    @Test
    void upgradedSocketIsServerModeWithTls13And12OnlyAndNotYetHandshaken() throws IOException {
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(LoopbackTlsServer.loopback(), 0));
            try (Socket client = new Socket(LoopbackTlsServer.loopback(), listener.getLocalPort());
                 Socket plain = listener.accept()) {
                SSLSocket upgraded = tls.upgrade(plain);

                assertThat(upgraded.getUseClientMode()).isFalse();
                assertThat(upgraded.getEnabledProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
                assertThat(upgraded.getHandshakeSession()).isNull();
                assertThat(upgraded.getNeedClientAuth()).isFalse();

                upgraded.close();
                assertThat(plain.isClosed()).as("autoClose closes the plain socket").isTrue();
            }
        }
    }

    @Test
    void upgradingAnUnconnectedSocketNamesTheProblem() throws IOException {
        try (Socket unconnected = new Socket()) {
            assertThatThrownBy(() -> tls.upgrade(unconnected))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("not connected");
        }
    }

    /** A hand-made ClientHello proves that the server itself refuses old versions, whatever the JDK client allows. */
    @ParameterizedTest
    @ValueSource(ints = {0x0301, 0x0302})
    void serverAnswersAnOldClientHelloWithAProtocolVersionAlert(int version) throws IOException {
        try (LoopbackTlsServer server = new LoopbackTlsServer(tls); Socket plain = server.connect()) {
            OutputStream out = plain.getOutputStream();
            out.write(clientHello(version));
            out.flush();

            DataInputStream in = new DataInputStream(plain.getInputStream());
            assertThat(in.readUnsignedByte()).as("record type").isEqualTo(ALERT);
            in.readUnsignedShort(); // record version
            assertThat(in.readUnsignedShort()).as("alert length").isEqualTo(2);
            assertThat(in.readUnsignedByte()).as("alert level").isEqualTo(FATAL);
            assertThat(in.readUnsignedByte()).as("alert description").isEqualTo(PROTOCOL_VERSION);
            assertThatThrownBy(() -> server.negotiatedProtocol().join())
                    .isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(SSLHandshakeException.class);
        }
    }

    /** A minimal ClientHello for TLS 1.0/1.1 offering ECDHE-ECDSA and RSA suites over P-256. */
    private static byte[] clientHello(int version) {
        byte[] body = concat(
                u16(version),
                new byte[32],                             // random (content irrelevant here)
                new byte[] {0},                           // session id: empty
                u16(4), u16(0xC009), u16(0x002F),         // cipher suites
                new byte[] {1, 0},                        // compression: null
                u16(14),                                  // extensions length
                u16(0x000A), u16(4), u16(2), u16(0x0017), // supported_groups: secp256r1
                u16(0x000B), u16(2), new byte[] {1, 0});  // ec_point_formats: uncompressed
        byte[] handshake = concat(new byte[] {1, 0}, u16(body.length), body);
        return concat(new byte[] {22}, u16(version), u16(handshake.length), handshake);
    }

    private static byte[] u16(int value) {
        return new byte[] {(byte) (value >>> 8), (byte) value};
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
