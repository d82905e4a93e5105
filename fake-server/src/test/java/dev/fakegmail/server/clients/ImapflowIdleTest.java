package dev.fakegmail.server.clients;

import static dev.fakegmail.server.clients.ClientFixture.ADDRESS;
import static dev.fakegmail.server.clients.ClientFixture.APP_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * imapflow, a Node IMAP client, in IDLE on the INBOX (docs/gmail-imap.md §5): a reply that
 * {@code deliverInbound} files reaches it as {@code * 1 EXISTS} while it waits, and it fetches the message. It
 * verifies the chain and the host name against the test CA. imapflow comes from {@code src/test/node}
 * ({@code npm install --prefix fake-server/src/test/node}); the test skips with that command when it is missing.
 */
@Tag("integration")
class ImapflowIdleTest {
    private static final Path NODE_CLIENTS = Path.of("src", "test", "node").toAbsolutePath();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SCRIPT = """
            const { ImapFlow } = require('imapflow');
            const fs = require('fs');
            const [port, caFile, user, pass] = process.argv.slice(2);
            const client = new ImapFlow({ host: 'localhost', port: Number(port), secure: true,
                auth: { user, pass }, tls: { ca: [fs.readFileSync(caFile)] }, logger: false });
            client.on('exists', async data => {
                console.log('EXISTS ' + data.count);
                const message = await client.fetchOne('*', { envelope: true });
                console.log('SUBJECT ' + message.envelope.subject);
                await client.logout();
            });
            (async () => {
                await client.connect();
                const mailbox = await client.mailboxOpen('INBOX');
                console.log('OPENED ' + mailbox.exists);
                await client.idle();
            })().catch(error => { console.log('FAILED ' + error.message); process.exit(2); });
            """;

    @TempDir
    Path dir;

    private ClientFixture fixture;
    private Process process;

    @BeforeEach
    void start() throws Exception {
        ExternalTool.assumeInstalled("node", "nodejs");
        Assumptions.assumeTrue(Files.isDirectory(NODE_CLIENTS.resolve(Path.of("node_modules", "imapflow"))),
                "imapflow is not installed: npm install --prefix fake-server/src/test/node");
        fixture = ClientFixture.start(dir);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void anImapflowClientInIdleSeesAReplyThatDeliverInboundFiles() throws Exception {
        Path script = Files.writeString(dir.resolve("idle.js"), SCRIPT, StandardCharsets.UTF_8);
        ProcessBuilder builder = ExternalTool.builder(dir, List.of("node", script.toString(),
                Integer.toString(fixture.gmail.imapPort()), fixture.caFile.toString(), ADDRESS, APP_PASSWORD));
        builder.environment().put("NODE_PATH", NODE_CLIENTS.resolve("node_modules").toString());
        process = builder.redirectErrorStream(true).start();
        BlockingQueue<String> lines = readLines(process);

        assertThat(next(lines)).isEqualTo("OPENED 0");
        awaitIdle();
        long filed = System.nanoTime();
        fixture.gmail.deliverInbound(ADDRESS, ("From: customer@example.com\r\nTo: " + ADDRESS
                + "\r\nSubject: Re: your offer\r\n\r\nYes, please.\r\n").getBytes(StandardCharsets.US_ASCII));

        assertThat(next(lines)).isEqualTo("EXISTS 1");
        long pushedMillis = (System.nanoTime() - filed) / 1_000_000;
        assertThat(next(lines)).isEqualTo("SUBJECT Re: your offer");
        assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("imapflow logged out and ended").isTrue();
        assertThat(process.exitValue()).isZero();
        System.out.println("imapflow heard of the filed reply after " + pushedMillis + " ms");
    }

    /** Waits until the server has a session in IDLE (the door's IDLE on a session thread's stack). */
    private void awaitIdle() throws InterruptedException {
        String prefix = "fake-gmail-" + fixture.gmail.imapPort() + "-session-";
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (Thread.getAllStackTraces().entrySet().stream().noneMatch(entry -> entry.getKey().getName()
                .startsWith(prefix) && List.of(entry.getValue()).stream().anyMatch(frame ->
                frame.getClassName().endsWith(".GimapIdle") && frame.getMethodName().equals("idle")))) {
            if (System.nanoTime() > deadline) {
                fail("imapflow did not start IDLE within " + WAIT);
            }
            Thread.sleep(10);
        }
    }

    private String next(BlockingQueue<String> lines) throws InterruptedException {
        String line = lines.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (line == null) {
            fail("imapflow printed nothing more within " + WAIT);
        }
        return line;
    }

    /** The process's output, line by line, from a daemon thread that ends with the output. */
    private static BlockingQueue<String> readLines(Process process) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("READ FAILED " + e.getMessage());
            }
        }, "imapflow-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
