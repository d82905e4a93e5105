package dev.fakegmail.benchmarks.probe;

import dev.fakegmail.benchmarks.fixtures.FakeGmailFixture;
import dev.fakegmail.benchmarks.fixtures.GreenMailFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocket;

/**
 * Shows whether multi-line replies wait on Nagle's algorithm. A raw-socket client sends commands whose replies span
 * several lines and reads each reply as it arrives. A reply written in one piece arrives in one read within a
 * fraction of a millisecond; a reply written line by line with Nagle on arrives in pieces, the later ones held
 * until the client's delayed ACK, some 40 ms.
 */
public final class ReplyFramingProbe {
    private static final int TIMEOUT_MILLIS = 10_000;
    /** Each refused command counts as an error; the server closes after 20. */
    private static final int REFUSALS = 5;

    private final int repetitions;

    /** A probe that sends each kind of command {@code repetitions} times. */
    public ReplyFramingProbe(int repetitions) {
        this.repetitions = repetitions;
    }

    /**
     * fake-gmail: EHLO and a refused AUTH (530, three lines) in plain text, then STARTTLS, then EHLO and a refused
     * MAIL (530, two lines) inside TLS.
     */
    public ReplyTiming fakeGmail(FakeGmailFixture server) throws IOException {
        ReplyTiming timing = new ReplyTiming();
        String host = server.server().hostName();
        int port = server.server().smtpPort();
        try (Socket plain = new Socket(host, port)) {
            plain.setSoTimeout(TIMEOUT_MILLIS);
            plain.setTcpNoDelay(true);
            Wire wire = new Wire(plain);
            wire.readReply();
            exchange(wire, "EHLO probe", repetitions, timing);
            exchange(wire, "AUTH PLAIN", REFUSALS, timing);
            wire.command("STARTTLS");
            SSLSocket tls = (SSLSocket) server.server().certificateAuthority().socketFactory()
                    .createSocket(plain, host, port, true);
            tls.startHandshake();
            Wire secured = new Wire(tls);
            exchange(secured, "EHLO probe", repetitions, timing);
            exchange(secured, "MAIL FROM:<" + FakeGmailFixture.ACCOUNT + ">", REFUSALS, timing);
            secured.command("QUIT");
        }
        return timing;
    }

    /** GreenMail's plain SMTP: EHLO, its multi-line reply. */
    public ReplyTiming greenMail(GreenMailFixture server) throws IOException {
        ReplyTiming timing = new ReplyTiming();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            Wire wire = new Wire(socket);
            wire.readReply();
            exchange(wire, "EHLO probe", repetitions, timing);
            wire.command("QUIT");
        }
        return timing;
    }

    private static void exchange(Wire wire, String command, int times, ReplyTiming timing) throws IOException {
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            int reads = wire.command(command);
            timing.add(reads, (System.nanoTime() - start) / 1e6);
        }
    }

    /** One side of the conversation: writes a command line, reads a reply and counts the reads it took. */
    private static final class Wire {
        private final InputStream in;
        private final OutputStream out;
        private final byte[] buffer = new byte[16 * 1024];

        Wire(Socket socket) throws IOException {
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        int command(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readReply();
        }

        /** Reads until a line with a space after the code ends in CRLF; returns the number of reads. */
        int readReply() throws IOException {
            StringBuilder reply = new StringBuilder();
            int reads = 0;
            while (!isComplete(reply)) {
                int n = in.read(buffer);
                if (n < 0) {
                    throw new IOException("the server closed the connection in the middle of a reply: " + reply);
                }
                reads++;
                reply.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
            }
            return reads;
        }
    }

    /** Whether {@code text} ends with the last line of a reply ({@code "250 ...\r\n"}). */
    static boolean isComplete(CharSequence text) {
        String s = text.toString();
        if (!s.endsWith("\r\n")) {
            return false;
        }
        int previous = s.lastIndexOf("\r\n", s.length() - 3);
        int start = previous < 0 ? 0 : previous + 2;
        return s.length() - start >= 4 && s.charAt(start + 3) == ' ';
    }
}
