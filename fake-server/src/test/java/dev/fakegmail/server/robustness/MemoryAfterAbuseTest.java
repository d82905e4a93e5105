package dev.fakegmail.server.robustness;

import static dev.fakegmail.server.protocol.GmailReplies.EHLO_PLAIN;
import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_TOO_BIG;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static dev.fakegmail.server.protocol.GmailReplies.STARTTLS_PIPELINED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.protocol.ClientHello;
import dev.fakegmail.server.protocol.RawSmtpClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * docs/robustness.md, memory after abuse: after every kind of hostile input (a 1 MB line without a newline, an
 * oversize message, a header folded 100,000 times, a header section over the limit, a crowd of silent connections,
 * STARTTLS with a ClientHello behind it) a full GC brings the heap back near where it started: no message, buffer or
 * session outlives its connection. Measured with the JVM's memory bean after {@code System.gc()}, as the least of
 * several readings, over several rounds; isolated from other test classes, whose garbage would be noise.
 */
@Isolated
class MemoryAfterAbuseTest {
    private static final int ROUNDS = 4;
    private static final int CAP = 8;
    private static final long GMAIL_SIZE = 35_882_577L;
    /** Far less than one round's input (about 38 MB), let alone all rounds': nothing of it may stay. */
    private static final long RETAINED_BOUND = 8L * 1024 * 1024;

    @Test
    void afterEveryKindOfHostileInputAFullGcBringsTheHeapBack() throws Exception {
        try (Arena arena = Arena.start(builder -> builder.maxSessions(CAP))) {
            long input = abuse(arena); // the first round loads classes and fills caches
            long before = retainedHeap();
            for (int round = 0; round < ROUNDS; round++) {
                input += abuse(arena);
            }
            long after = retainedHeap();
            assertThat(after - before).as("heap retained after %s rounds (%s bytes of hostile input)", ROUNDS, input)
                    .isLessThan(RETAINED_BOUND);
        }
    }

    /** One round of every kind; returns the bytes sent. */
    private static long abuse(Arena arena) throws Exception {
        long sent = 0;
        try (RawSmtpClient client = arena.loggedIn()) {
            byte[] line = new byte[1024 * 1024];
            Arrays.fill(line, (byte) 'x');
            client.sendBytes(line);
            client.halfClose();
            client.readUntilClosed();
            sent += line.length;
        }
        sent += oversize(arena);
        sent += message(arena, "References:" + " r\r\n".repeat(100_000), MESSAGE_ACCEPTED);
        sent += message(arena, ("X-Filler: " + "f".repeat(1_000) + "\r\n").repeat(600),
                "552-5.3.4 Message header size exceeds limit. For more information, go to\r\n"
                        + "552 5.3.4  https://support.google.com/a/answer/14016360 <id> - gsmtp\r\n");
        sent += crowd(arena, CAP + 22);
        arena.awaitRunningSessions(0);
        try (RawSmtpClient client = RawSmtpClient.connect(arena.server)) {
            client.expect("EHLO client.example", EHLO_PLAIN);
            byte[] hello = ClientHello.bytes(arena.server.certificateAuthority());
            client.sendBytes(concat("STARTTLS\r\n".getBytes(StandardCharsets.US_ASCII), hello));
            client.expectReply(STARTTLS_PIPELINED);
            sent += hello.length;
        }
        arena.server.reset();
        arena.awaitRunningSessions(0);
        return sent;
    }

    private static long message(Arena arena, String extraHeaders, String reply) throws IOException {
        String token = dev.fakegmail.server.protocol.TestMessages.token();
        String message = "From: " + Arena.ALICE.address() + "\r\nSubject: " + token + "\r\n" + extraHeaders
                + "\r\nbody\r\n";
        try (RawSmtpClient client = arena.loggedIn()) {
            client.expect("MAIL FROM:<" + Arena.ALICE.address() + ">", MAIL_OK);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
            client.expect("DATA", GO_AHEAD);
            client.send(message + ".\r\n");
            client.expectReply(reply);
        }
        return message.length();
    }

    /** A message one block over Gmail's SIZE, streamed in 1 MB writes. */
    private static long oversize(Arena arena) throws IOException {
        byte[] block = ("o".repeat(1022) + "\r\n").repeat(1024).getBytes(StandardCharsets.US_ASCII);
        long blocks = GMAIL_SIZE / block.length + 1;
        try (RawSmtpClient client = arena.loggedIn()) {
            client.expect("MAIL FROM:<" + Arena.ALICE.address() + ">", MAIL_OK);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
            client.expect("DATA", GO_AHEAD);
            for (long i = 0; i < blocks; i++) {
                client.sendBytes(block);
            }
            client.send(".\r\n");
            client.expectReply(MESSAGE_TOO_BIG);
        }
        return blocks * block.length;
    }

    /** Silent connections to 465, more than the waiting room holds, then all closed. */
    private static long crowd(Arena arena, int count) throws IOException, InterruptedException {
        arena.awaitRunningSessions(0); // an earlier case's session still closing would hold one of the cap's slots
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                Socket socket = new Socket();
                sockets.add(socket);
                socket.connect(new InetSocketAddress("127.0.0.1", arena.sslPort()), 10_000);
            }
            Socket first = sockets.get(0);
            first.setSoTimeout(10_000);
            assertThat(first.getInputStream().read()).as("the connection that waited longest is closed").isEqualTo(-1);
            arena.awaitRunningSessions(0); // silent connections wait for their first byte without a session
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        return 0;
    }

    /** The least heap in use over several full collections (sessions still ending make a reading high, never low). */
    private static long retainedHeap() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            Thread.sleep(200);
        }
        return least;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
