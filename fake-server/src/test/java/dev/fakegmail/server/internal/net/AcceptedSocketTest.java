package dev.fakegmail.server.internal.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AcceptedSocketTest {

    @Test
    void acceptedConnectionsAreAcceptedSocketsThatReadWhatTheClientSent() throws Exception {
        try (ServerSocket server = AcceptedSocket.newServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                 Socket accepted = server.accept()) {
                OutputStream out = client.getOutputStream();
                out.write("EHLO a\r\nQUIT\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                client.shutdownOutput();

                InputStream in = accepted.getInputStream();
                assertThat(accepted).isInstanceOf(AcceptedSocket.class);
                assertThat(in).isSameAs(accepted.getInputStream());
                assertThat(in.read()).isEqualTo('E');
                assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("HLO a\r\nQUIT\r\n");
            }
        }
    }

    @Test
    void theFirstByteAwaitedIsTheFirstByteRead() throws Exception {
        try (ServerSocket server = AcceptedSocket.newServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                 AcceptedSocket accepted = (AcceptedSocket) server.accept()) {
                assertThatThrownBy(() -> accepted.awaitFirstByte(50)).isInstanceOf(SocketTimeoutException.class);
                client.getOutputStream().write("\u0016\u0003\u0001".getBytes(StandardCharsets.ISO_8859_1));
                client.shutdownOutput();

                assertThat(accepted.awaitFirstByte(5_000)).isTrue();
                byte[] read = accepted.getInputStream().readAllBytes();
                assertThat(new String(read, StandardCharsets.ISO_8859_1)).isEqualTo("\u0016\u0003\u0001");
            }
        }
    }

    @Test
    void aClientThatClosesBeforeItsFirstByteIsSeen() throws Exception {
        try (ServerSocket server = AcceptedSocket.newServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                 AcceptedSocket accepted = (AcceptedSocket) server.accept()) {
                client.close();
                assertThat(accepted.awaitFirstByte(5_000)).isFalse();
            }
        }
    }
}
