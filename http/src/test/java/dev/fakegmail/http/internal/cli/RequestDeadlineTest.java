package dev.fakegmail.http.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/http-api.md §1: the standalone drops a request whose head or body does not arrive within the deadline, so
 * half-sent requests hold no thread, and it goes on serving. Run in a fresh JVM with the deadline shortened to 2 s
 * through the same property a user would set.
 */
class RequestDeadlineTest {
    private static final Pattern API = Pattern.compile("HTTP API\\s+http://localhost:(\\d+)/api/");
    private static final int HALF_SENT = 20;

    @Test
    void theStandaloneSetsThirtySecondsUnlessTheUserChoseAnotherValue() {
        Properties fresh = new Properties();
        RequestDeadline.applyIfAbsent(fresh);
        assertThat(fresh.getProperty("sun.net.httpserver.maxReqTime")).isEqualTo("30");

        Properties chosen = new Properties();
        chosen.setProperty("sun.net.httpserver.maxReqTime", "5");
        RequestDeadline.applyIfAbsent(chosen);
        assertThat(chosen.getProperty("sun.net.httpserver.maxReqTime")).isEqualTo("5");
    }

    @Test
    void halfSentHeadsAndBodiesAreDroppedAtTheDeadlineAndOthersAreServed() throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + RequestDeadline.PROPERTY + "=2", "-cp", System.getProperty("java.class.path"),
                FakeGmailMain.class.getName(), "--port", "0", "--ssl-port", "0", "--http-port", "0",
                "--imap-port", "0"))
                .redirectErrorStream(true).start();
        List<Socket> stalled = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            int port = httpPort(out);
            for (int i = 0; i < HALF_SENT; i++) {
                String half = i % 2 == 0 ? "GET /api/accounts HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
                        : "POST /api/reset HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100\r\n\r\n{\"half\": ";
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                socket.getOutputStream().write(half.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            long start = System.nanoTime();
            for (Socket socket : stalled) {
                socket.setSoTimeout(15_000);
                assertThat(endOfStream(socket.getInputStream())).as("the server closed a half-sent request").isTrue();
            }
            assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(10.0);
            assertThat(get(port, "/api/clock")).startsWith("HTTP/1.1 200 ");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
            process.destroyForcibly();
        }
    }

    private static boolean endOfStream(InputStream in) throws IOException {
        try {
            byte[] buffer = new byte[4096];
            while (true) {
                if (in.read(buffer) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static String get(int port, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int httpPort(BufferedReader out) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher matcher = API.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new AssertionError("the fake Gmail ended before it printed its HTTP API");
    }
}
