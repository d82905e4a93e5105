package dev.fakegmail.server.internal.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The waiting room of the implicit-TLS ports: who is handed on, who is closed, and when. */
class FirstByteGateTest {
    private static final int READ_TIMEOUT = 10_000;

    private final BlockingQueue<Socket> handedOn = new LinkedBlockingQueue<>();

    @Test
    void aConnectionThatSpeaksIsHandedOnWithItsFirstByteUnread() throws Exception {
        try (ServerSocket server = listening(); FirstByteGate gate = gate(2, Duration.ofSeconds(10));
             Socket client = connect(server)) {
            gate.admit(server.accept());
            client.getOutputStream().write("hello".getBytes(StandardCharsets.US_ASCII));

            Socket accepted = handedOn.poll(READ_TIMEOUT, TimeUnit.MILLISECONDS);
            assertThat(accepted).isNotNull();
            byte[] read = accepted.getInputStream().readNBytes(5);
            assertThat(new String(read, StandardCharsets.US_ASCII)).isEqualTo("hello");
            assertThat(gate.waiting()).isZero();
            accepted.close();
        }
    }

    @Test
    void whenTheRoomIsFullTheConnectionThatWaitedLongestIsClosed() throws Exception {
        try (ServerSocket server = listening(); FirstByteGate gate = gate(2, Duration.ofSeconds(10))) {
            List<Socket> clients = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    clients.add(connect(server));
                    gate.admit(server.accept());
                }
                assertThat(clients.get(0).getInputStream().read()).as("the oldest, closed").isEqualTo(-1);
                assertThat(gate.waiting()).isEqualTo(2);
                clients.get(2).getOutputStream().write('x');
                assertThat(handedOn.poll(READ_TIMEOUT, TimeUnit.MILLISECONDS)).isNotNull().satisfies(Socket::close);
                assertThat(gate.waiting()).isEqualTo(1);
            } finally {
                for (Socket client : clients) {
                    client.close();
                }
            }
        }
    }

    @Test
    void aSilentConnectionIsClosedAtTheDeadlineAndOneThatLeavesIsForgotten() throws Exception {
        try (ServerSocket server = listening(); FirstByteGate gate = gate(4, Duration.ofMillis(300));
             Socket silent = connect(server); Socket leaving = connect(server)) {
            gate.admit(server.accept());
            gate.admit(server.accept());
            leaving.close();
            long started = System.nanoTime();

            assertThat(silent.getInputStream().read()).isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
            assertThat(gate.waiting()).isZero();
            assertThat(handedOn).isEmpty();
        }
    }

    @Test
    void closingTheGateClosesEveryWaitingConnection() throws Exception {
        try (ServerSocket server = listening(); Socket client = connect(server)) {
            FirstByteGate gate = gate(2, Duration.ofSeconds(10));
            gate.admit(server.accept());
            gate.close();
            gate.join(READ_TIMEOUT);

            assertThat(client.getInputStream().read()).isEqualTo(-1);
            assertThat(gate.waiting()).isZero();
        }
    }

    private FirstByteGate gate(int capacity, Duration deadline) {
        return new FirstByteGate(capacity, deadline, () -> "first-byte-gate-test-", handedOn::add);
    }

    private static ServerSocket listening() throws IOException {
        ServerSocket server = AcceptedSocket.newServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return server;
    }

    private static Socket connect(ServerSocket server) throws IOException {
        Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        client.setSoTimeout(READ_TIMEOUT);
        return client;
    }
}
