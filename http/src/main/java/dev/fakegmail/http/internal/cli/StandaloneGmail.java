package dev.fakegmail.http.internal.cli;

import dev.fakegmail.server.CertificateAuthority;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.FakeGmailServerBuilder;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.TestClock;
import dev.fakegmail.server.GmailSmtpProfile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A running standalone fake Gmail: the server, its CA file, its profile file and the message log. Closing it
 * stops the server, prints the messages not printed yet and deletes a temporary CA file.
 */
final class StandaloneGmail implements AutoCloseable {
    private final FakeGmailServer server;
    private final StandaloneProfile profile;
    private final boolean temporaryCa;
    private final PrintStream out;
    private final MessageLog log;
    private final LoginLog logins;

    private StandaloneGmail(FakeGmailServer server, StandaloneProfile profile, boolean temporaryCa, PrintStream out,
                            ZoneId zone) {
        this.server = server;
        this.profile = profile;
        this.temporaryCa = temporaryCa;
        this.out = out;
        this.log = MessageLog.start(server, out, zone);
        this.logins = LoginLog.start(server, out, zone);
    }

    /**
     * Starts the server, writes the CA (and the profile, when asked), prints the settings form and starts the
     * message log.
     *
     * @throws IOException when a file cannot be written
     * @throws java.io.UncheckedIOException when a port cannot be bound (strict ports)
     */
    static StandaloneGmail start(CliOptions options, PrintStream out, ZoneId zone) throws IOException {
        FakeGmailServerBuilder builder = FakeGmailServer.builder()
                .smtpPort(options.port()).sslPort(options.sslPort()).httpPort(options.httpPort())
                .allowedHosts(options.allowedHosts().toArray(String[]::new))
                .corsOrigins(options.corsOrigins().toArray(String[]::new))
                .imapPort(options.imapPort())
                .strictPorts(options.strictPorts()).clock(options.testClock() ? TestClock.system() : Clock.systemUTC());
        options.accounts().forEach(account -> builder.account(account.settings()));
        if (options.maxMessages() > 0) {
            builder.maxMessages(options.maxMessages());
        }
        FakeGmailServer server = builder.build().start();
        Path caFile = null;
        try {
            caFile = writeCa(server, options.caOut());
            GmailAccount shown = server.accounts().stream().filter(a -> a.currentAppPassword().isPresent())
                    .findFirst().orElseThrow();
            GmailSmtpProfile smtp = server.profile(shown);
            StandaloneProfile profile = new StandaloneProfile(smtp.hostName(), smtp.username(), smtp.password(),
                    server.smtpPort(), server.sslPort(), server.imapPort(), caFile, server.httpPort());
            if (options.profileOut().isPresent()) {
                Path file = options.profileOut().get();
                writing("the profile", file, () -> Files.writeString(createParents(file), profile.toJson(),
                        StandardCharsets.UTF_8));
            }
            out.print(SettingsForm.render(profile, options, server.accounts()));
            out.flush();
            return new StandaloneGmail(server, profile, options.caOut().isEmpty(), out, zone);
        } catch (IOException | RuntimeException e) {
            server.close();
            if (caFile != null && options.caOut().isEmpty()) {
                Files.deleteIfExists(caFile);
            }
            throw e;
        }
    }

    /** The running server. */
    FakeGmailServer server() {
        return server;
    }

    /** What was printed and written about the server. */
    StandaloneProfile profile() {
        return profile;
    }

    /** Stops the server, prints the remaining messages and a closing line, deletes a temporary CA file. */
    @Override
    public void close() {
        server.close();
        log.stop();
        logins.stop();
        int accepted = log.printed();
        out.println("Fake Gmail stopped; it accepted " + accepted + (accepted == 1 ? " message." : " messages."));
        out.flush();
        if (temporaryCa) {
            try {
                Files.deleteIfExists(profile.caFile());
            } catch (IOException e) {
                out.println("Could not delete the temporary CA file " + profile.caFile() + ": " + e.getMessage());
            }
        }
    }

    private static Path writeCa(FakeGmailServer server, Optional<Path> caOut) throws IOException {
        CertificateAuthority authority = server.certificateAuthority();
        if (caOut.isPresent()) {
            Path file = caOut.get();
            return absolute(writing("the CA", file, () -> authority.writePem(createParents(file))));
        }
        Path temporary = writing("the CA", Path.of(System.getProperty("java.io.tmpdir")),
                () -> Files.createTempFile("fake-gmail-ca-", ".pem"));
        try {
            return absolute(writing("the CA", temporary, () -> authority.writePem(temporary)));
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    private static Path writing(String what, Path where, FileWrite write) throws IOException {
        try {
            return write.run();
        } catch (IOException e) {
            throw new IOException("Cannot write " + what + " to " + absolute(where) + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); choose a writable file", e);
        }
    }

    private static Path createParents(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return file;
    }

    private static Path absolute(Path file) {
        return file.toAbsolutePath().normalize();
    }

    @FunctionalInterface
    private interface FileWrite {
        Path run() throws IOException;
    }
}
