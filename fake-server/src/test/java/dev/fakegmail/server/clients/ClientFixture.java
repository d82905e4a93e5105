package dev.fakegmail.server.clients;

import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.ReceivedMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * An in-process fake Gmail on free ports with one account of known secrets, and its CA written to a PEM file for
 * the tools to verify the server with.
 */
final class ClientFixture implements AutoCloseable {
    static final String ADDRESS = "alice@gmail.com";
    static final String ACCOUNT_PASSWORD = "Correct-Horse-1";
    static final String APP_PASSWORD = "wxyz abcd efgh ijkl";
    static final String APP_PASSWORD_COMPACT = APP_PASSWORD.replace(" ", "");
    static final String RECIPIENT = "bob@example.com";
    static final String WRONG_APP_PASSWORD = "qqqqrrrrsssstttt";

    private static final Duration WAIT = Duration.ofSeconds(30);

    final FakeGmailServer gmail;
    final Path dir;
    final Path caFile;

    private ClientFixture(FakeGmailServer gmail, Path dir, Path caFile) {
        this.gmail = gmail;
        this.dir = dir;
        this.caFile = caFile;
    }

    /** Starts the server and writes {@code ca.pem} into {@code dir}. */
    static ClientFixture start(Path dir) throws IOException {
        FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0)
                .account(AccountSettings.of(ADDRESS).withPassword(ACCOUNT_PASSWORD).withAppPassword(APP_PASSWORD))
                .build().start();
        try {
            return new ClientFixture(gmail, dir, gmail.certificateAuthority().writePem(dir.resolve("ca.pem")));
        } catch (IOException | RuntimeException e) {
            gmail.close();
            throw e;
        }
    }

    /** A message file with CRLF line ends, From the account and To {@link #RECIPIENT}. */
    Path messageFile(String subject) throws IOException {
        String message = "From: " + ADDRESS + "\r\nTo: " + RECIPIENT + "\r\nSubject: " + subject
                + "\r\n\r\nSent by a third-party client.\r\n";
        return Files.writeString(dir.resolve("message.eml"), message, StandardCharsets.US_ASCII);
    }

    /** The one message the server accepted (waiting for it), after checking that there is exactly one. */
    ReceivedMessage theMessage() {
        List<ReceivedMessage> received = gmail.awaitMessages(1, WAIT);
        if (received.size() != 1) {
            throw new AssertionError("Expected exactly one message, got " + received);
        }
        return received.get(0);
    }

    @Override
    public void close() {
        gmail.close();
    }
}
