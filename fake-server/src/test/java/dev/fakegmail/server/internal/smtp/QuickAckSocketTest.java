package dev.fakegmail.server.internal.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickAckSocketTest {

    @Test
    void acceptedConnectionsAreQuickAckSocketsThatReadWhatTheClientSent() throws Exception {
        try (ServerSocket server = QuickAckSocket.newServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                 Socket accepted = server.accept()) {
                OutputStream out = client.getOutputStream();
                out.write("EHLO a\r\nQUIT\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                client.shutdownOutput();

                InputStream in = accepted.getInputStream();
                assertThat(accepted).isInstanceOf(QuickAckSocket.class);
                assertThat(in).isSameAs(accepted.getInputStream());
                assertThat(in.read()).isEqualTo('E');
                assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("HLO a\r\nQUIT\r\n");
            }
        }
    }
}
