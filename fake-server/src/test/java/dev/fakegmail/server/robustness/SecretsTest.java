package dev.fakegmail.server.robustness;

import static dev.fakegmail.server.protocol.GmailReplies.ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.APP_PASSWORD_REQUIRED;
import static dev.fakegmail.server.protocol.GmailReplies.AUTH_ABORTED;
import static dev.fakegmail.server.protocol.GmailReplies.AUTH_LINE_TOO_LONG;
import static dev.fakegmail.server.protocol.GmailReplies.BAD_CREDENTIALS;
import static dev.fakegmail.server.protocol.GmailReplies.CANNOT_DECODE;
import static dev.fakegmail.server.protocol.GmailReplies.EMPTY_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.OAUTHBEARER_ERROR_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.PASSWORD_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static dev.fakegmail.server.protocol.GmailReplies.USERNAME_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.XOAUTH2_ERROR_CHALLENGE;
import static dev.fakegmail.server.protocol.RawSmtpClient.base64;
import static dev.fakegmail.server.protocol.RawSmtpClient.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.AppPassword;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.SmtpSecurity;
import dev.fakegmail.server.protocol.RawSmtpClient;
import dev.fakegmail.server.protocol.TestMessages;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * docs/robustness.md case 13: secrets — account and app passwords, the PLAIN blob, the LOGIN password line, bearer
 * tokens — never reach a log record (message, parameters, thrown exception), an exception message or a
 * {@code toString()}.
 * The server's loggers ({@code dev.fakegmail.*}, System.Logger over java.util.logging) are opened to every level
 * while sessions authenticate in every way and fail in every way; the root logger's handler sees everything else.
 */
class SecretsTest {
    private static final String PASSWORD = "Account-Pass-7Qz";
    private static final String APP_PASSWORD = "qwer tyui opas dfgh";
    private static final String WRONG_APP_PASSWORD = "zxcvbnmlkjhgfdsa";
    private static final String TOKEN = "ya29.a0SecretBearerToken-7c1d";
    private static final String ADDRESS = "secret.keeper@gmail.com";

    @Test
    void noSecretReachesTheLogDuringAnyAuthentication() throws Exception {
        List<String> secrets = new ArrayList<>();
        Queue<LogRecord> records = new ConcurrentLinkedQueue<>();
        Handler handler = collecting(records);
        Logger server = Logger.getLogger("dev.fakegmail");
        Logger root = Logger.getLogger("");
        Level previous = server.getLevel();
        server.setLevel(Level.ALL);
        root.addHandler(handler);
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0)
                .account(AccountSettings.of(ADDRESS).withPassword(PASSWORD).withAppPassword(APP_PASSWORD))
                .build().start()) {
            String compact = APP_PASSWORD.replace(" ", "");
            secrets.addAll(List.of(PASSWORD, APP_PASSWORD, compact, WRONG_APP_PASSWORD, TOKEN,
                    plain(ADDRESS, APP_PASSWORD), plain(ADDRESS, compact), plain(ADDRESS, WRONG_APP_PASSWORD),
                    plain(ADDRESS, PASSWORD), base64(APP_PASSWORD), base64(compact), base64(WRONG_APP_PASSWORD),
                    base64(PASSWORD), xoauth2(TOKEN), oauthBearer(TOKEN), "%%" + compact + "%%"));

            try (RawSmtpClient client = secured(gmail)) {
                client.expect("AUTH PLAIN " + plain(ADDRESS, APP_PASSWORD), ACCEPTED);
                sendOne(client);
            }
            try (RawSmtpClient client = secured(gmail)) {
                client.expect("AUTH PLAIN", EMPTY_CHALLENGE);
                client.expect(plain(ADDRESS, compact), ACCEPTED);
            }
            try (RawSmtpClient client = secured(gmail)) {
                client.expect("AUTH LOGIN " + base64(ADDRESS), PASSWORD_CHALLENGE);
                client.expect(base64(APP_PASSWORD), ACCEPTED);
            }
            try (RawSmtpClient client = secured(gmail)) {
                client.expect("AUTH LOGIN", USERNAME_CHALLENGE);
                client.expect(base64(ADDRESS), PASSWORD_CHALLENGE);
                client.expect(base64(WRONG_APP_PASSWORD), BAD_CREDENTIALS);
                client.expect("AUTH PLAIN " + plain(ADDRESS, WRONG_APP_PASSWORD), BAD_CREDENTIALS);
                client.expect("AUTH PLAIN " + plain(ADDRESS, PASSWORD), APP_PASSWORD_REQUIRED);
                client.expect("AUTH XOAUTH2 " + xoauth2(TOKEN), XOAUTH2_ERROR_CHALLENGE);
                client.expect("", BAD_CREDENTIALS);
                client.expect("AUTH OAUTHBEARER " + oauthBearer(TOKEN), OAUTHBEARER_ERROR_CHALLENGE);
                client.expect("AQ==", BAD_CREDENTIALS);
                client.expect("AUTH XOAUTH2", EMPTY_CHALLENGE);
                client.expect(xoauth2(TOKEN), XOAUTH2_ERROR_CHALLENGE);
                client.expect("*", BAD_CREDENTIALS);
                client.expect("AUTH PLAIN %%" + compact + "%%", CANNOT_DECODE);
                client.expect("AUTH LOGIN " + base64(ADDRESS), PASSWORD_CHALLENGE);
                client.expect("%%" + compact + "%%", CANNOT_DECODE);
                client.expect("AUTH LOGIN " + base64(ADDRESS), PASSWORD_CHALLENGE);
                client.expect("*", AUTH_ABORTED);
                client.expect("AUTH PLAIN " + plain(ADDRESS, APP_PASSWORD) + " " + "A".repeat(13_000),
                        AUTH_LINE_TOO_LONG);
                client.expect("AUTH XOAUTH2 " + xoauth2(TOKEN) + " " + TOKEN.repeat(500), AUTH_LINE_TOO_LONG);
            }
            try (RawSmtpClient client = secured(gmail)) {
                client.expect("AUTH LOGIN " + base64(ADDRESS), PASSWORD_CHALLENGE);
                client.send(base64(APP_PASSWORD));
                client.reset();
            }
            try (RawSmtpClient client = secured(gmail)) {
                client.expect("AUTH XOAUTH2 " + xoauth2(TOKEN), XOAUTH2_ERROR_CHALLENGE);
                client.reset();
            }
            try (RawSmtpClient client = RawSmtpClient.connect(gmail)) {
                client.send("AUTH PLAIN " + plain(ADDRESS, APP_PASSWORD) + "\r\n"); // in clear text: refused
                client.readReply();
            }
            gmail.stop(); // sessions end and log; after this every record is in
        } finally {
            root.removeHandler(handler);
            server.setLevel(previous);
        }
        assertThat(records).as("log records of the server").isNotEmpty();
        for (LogRecord record : records) {
            for (String secret : secrets) {
                assertThat(everything(record)).as("log record %s", record.getMessage()).doesNotContain(secret);
            }
        }
    }

    @Test
    void toStringNeverShowsASecret() throws Exception {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0)
                .account(AccountSettings.of(ADDRESS).withPassword(PASSWORD).withAppPassword(APP_PASSWORD))
                .build().start()) {
            GmailAccount account = gmail.account(ADDRESS);
            AppPassword second = account.createAppPassword("CRM");
            GmailSmtpProfile profile = gmail.profile(account, SmtpSecurity.SSL);
            List<String> secrets = List.of(PASSWORD, APP_PASSWORD, APP_PASSWORD.replace(" ", ""), second.value(),
                    second.formatted());
            try (RawSmtpClient client = secured(gmail)) {
                client.expect("AUTH PLAIN " + plain(ADDRESS, second.value()), ACCEPTED);
                sendOne(client);
            }
            List<Object> objects = new ArrayList<>(List.of(gmail, account, account.settings(), second, profile,
                    profile.withPassword(PASSWORD), gmail.profile(), gmail.receivedMessages().get(0),
                    gmail.receivedMessages().get(0).envelope(), account.appPasswords(), gmail.accounts()));
            for (Object object : objects) {
                for (String secret : secrets) {
                    assertThat(String.valueOf(object)).as("toString of %s", object.getClass().getSimpleName())
                            .doesNotContain(secret);
                }
            }
        }
    }

    @Test
    void validationMessagesNeverShowTheRejectedSecret() {
        String almost = "abcdEFGHijklmnop";
        String tooLong = "abcdefghijklmnopq";
        String withDigit = "abcd efgh ijkl mn0p";
        List<Throwable> failures = List.of(
                catchThrowable(() -> AccountSettings.of(ADDRESS).withAppPassword(almost)),
                catchThrowable(() -> AccountSettings.of(ADDRESS).withAppPassword(tooLong)),
                catchThrowable(() -> AccountSettings.of(ADDRESS).withAppPassword(withDigit)),
                catchThrowable(() -> AccountSettings.of(ADDRESS).withPassword(PASSWORD)
                        .withTwoStepVerification(false).withAppPassword("abcdefghijklmnop")),
                catchThrowable(() -> new AccountSettings(ADDRESS, PASSWORD, false,
                        java.util.Optional.of("abcdefghijklmnop"))),
                catchThrowable(() -> {
                    GmailAccount account = FakeGmailServer.builder()
                            .account(AccountSettings.of(ADDRESS).withPassword(PASSWORD)).build().account(ADDRESS);
                    account.changePassword(PASSWORD);
                }),
                catchThrowable(() -> GmailSmtpProfile.ssl("localhost", 0, ADDRESS, PASSWORD,
                        FakeGmailServer.builder().build().certificateAuthority())),
                catchThrowable(() -> GmailSmtpProfile.builder().hostName(" ").port(465).type(SmtpSecurity.SSL)
                        .username(ADDRESS).password(PASSWORD)
                        .certificateAuthority(FakeGmailServer.builder().build().certificateAuthority()).build()),
                catchThrowable(() -> GmailSmtpProfile.builder().hostName("localhost").username(ADDRESS)
                        .password(PASSWORD).build()));
        for (Throwable failure : failures) {
            assertThat(failure).as("validation failure").isNotNull();
            for (String secret : List.of(almost, tooLong, withDigit, withDigit.replace(" ", ""), PASSWORD,
                    "abcdefghijklmnop")) {
                assertThat(failure.getMessage()).doesNotContain(secret);
                assertThat(String.valueOf(failure)).doesNotContain(secret);
            }
        }
    }

    private static RawSmtpClient secured(FakeGmailServer gmail) throws Exception {
        RawSmtpClient client = RawSmtpClient.connect(gmail);
        client.ehloAndStartTls();
        return client;
    }

    private static void sendOne(RawSmtpClient client) throws Exception {
        client.expect("MAIL FROM:<" + ADDRESS + ">", MAIL_OK);
        client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
        client.expect("DATA", GO_AHEAD);
        client.send(TestMessages.message(ADDRESS, TestMessages.token(), "hi\r\n") + ".\r\n");
        client.expectReply(MESSAGE_ACCEPTED);
    }

    private static String xoauth2(String token) {
        return base64("user=" + ADDRESS + "\u0001auth=Bearer " + token + "\u0001\u0001");
    }

    private static String oauthBearer(String token) {
        return base64("n,a=" + ADDRESS + ",\u0001host=localhost\u0001port=587\u0001auth=Bearer " + token
                + "\u0001\u0001");
    }

    /** The record's message, its formatted form, every parameter and the whole chain of its exception. */
    private static String everything(LogRecord record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
        Object[] parameters = record.getParameters();
        if (parameters != null) {
            for (Object parameter : parameters) {
                text.append('|').append(parameter);
            }
            try {
                text.append('|').append(MessageFormat.format(String.valueOf(record.getMessage()), parameters));
            } catch (IllegalArgumentException e) {
                // not a MessageFormat pattern
            }
        }
        for (Throwable thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
            text.append('|').append(thrown);
            for (StackTraceElement element : thrown.getStackTrace()) {
                text.append('|').append(element);
            }
        }
        return text.toString();
    }

    private static Handler collecting(Queue<LogRecord> records) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        return handler;
    }
}
