package dev.fakegmail.server.clients;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * An SMTP conversation typed through {@code openssl s_client}: each command is written only after the reply to the
 * previous one was read, so nothing depends on timing. Closing standard input makes s_client send close_notify and
 * exit. The process is killed after {@link ExternalTool#TIMEOUT} whatever happens.
 */
final class OpensslDialog implements AutoCloseable {
    private static final Pattern LAST_REPLY_LINE = Pattern.compile("\\d{3}( .*)?");

    private final Process process;
    private final BufferedReader replies;
    private final OutputStream commands;
    private final Path errors;
    private final StringBuilder transcript = new StringBuilder();

    private OpensslDialog(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.ISO_8859_1));
        this.commands = process.getOutputStream();
        CompletableFuture.delayedExecutor(ExternalTool.TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .execute(process::destroyForcibly);
    }

    /** Starts {@code openssl s_client} with {@code options}; its standard error goes to a file in {@code dir}. */
    static OpensslDialog start(Path dir, List<String> options) throws IOException {
        Path errors = Files.createTempFile(dir, "s_client-", ".err");
        Process process = ExternalTool.builder(dir, options).redirectError(errors.toFile()).start();
        return new OpensslDialog(process, errors);
    }

    /** Reads one complete reply (through its last line) and returns it. */
    String reply() throws IOException {
        StringBuilder reply = new StringBuilder();
        String line;
        do {
            line = replies.readLine();
            if (line == null) {
                fail("s_client ended before a complete reply; so far:\n" + transcript + reply + "\nstderr:\n"
                        + Files.readString(errors, StandardCharsets.ISO_8859_1));
            }
            reply.append(line).append('\n');
        } while (!LAST_REPLY_LINE.matcher(line).matches());
        transcript.append(reply);
        return reply.toString();
    }

    /** Writes {@code line} and CRLF. */
    void send(String line) throws IOException {
        transcript.append("> ").append(line).append('\n');
        commands.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        commands.flush();
    }

    /** Writes {@code line}, then reads and returns the reply. */
    String command(String line) throws IOException {
        send(line);
        return reply();
    }

    /** Closes standard input (s_client then ends the TLS session) and returns the exit code. */
    int finish() throws IOException, InterruptedException {
        commands.close();
        if (!process.waitFor(ExternalTool.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            fail("s_client did not end after its input was closed; transcript:\n" + transcript);
        }
        return process.exitValue();
    }

    /** The commands and replies so far, and what s_client wrote to standard error. */
    String transcript() throws IOException {
        return transcript + "stderr:\n" + Files.readString(errors, StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
