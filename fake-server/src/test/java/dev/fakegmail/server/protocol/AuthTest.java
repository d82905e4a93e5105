package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.GmailReplies.ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.APP_PASSWORD_REQUIRED;
import static dev.fakegmail.server.protocol.GmailReplies.AUTH_ABORTED;
import static dev.fakegmail.server.protocol.GmailReplies.AUTH_LINE_TOO_LONG;
import static dev.fakegmail.server.protocol.GmailReplies.BAD_CREDENTIALS;
import static dev.fakegmail.server.protocol.GmailReplies.BAD_SEQUENCE;
import static dev.fakegmail.server.protocol.GmailReplies.CANNOT_DECODE;
import static dev.fakegmail.server.protocol.GmailReplies.EMPTY_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.NOOP_OK;
import static dev.fakegmail.server.protocol.GmailReplies.NO_IDENTITY_CHANGES;
import static dev.fakegmail.server.protocol.GmailReplies.OAUTHBEARER_ERROR_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.PASSWORD_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.UNRECOGNIZED_AUTH_TYPE;
import static dev.fakegmail.server.protocol.GmailReplies.USERNAME_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.XOAUTH2_ERROR_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.XOAUTH_UNSUPPORTED;
import static dev.fakegmail.server.protocol.RawSmtpClient.base64;
import static dev.fakegmail.server.protocol.RawSmtpClient.plain;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/gmail-smtp.md §4 and docs/robustness.md case 8: the SASL mechanisms and their replies. Tests that fail a login use
 * their own account, so that the failed-login lockout (11th failure per account) never interferes.
 */
class AuthTest {
    private static final TestAccount ALICE = TestAccount.named("alice");
    private static final TestAccount WRONG = TestAccount.named("wrong");
    private static final TestAccount SECOND_FACTOR = TestAccount.named("secondfactor");
    private static final TestAccount EMPTY = TestAccount.named("emptypw");
    private static final TestAccount CLIENT_TOKEN = TestAccount.named("clienttoken");
    private static final TestAccount XOAUTH2 = TestAccount.named("xoauth2");
    private static final TestAccount XOAUTH2_NO_IR = TestAccount.named("xoauth2noir");
    private static final TestAccount BEARER = TestAccount.named("bearer");
    private static final TestAccount HANGUP = TestAccount.named("hangup");
    private static final TestAccount RETRY = TestAccount.named("retry");
    private static final TestAccount BIG_TOKEN = TestAccount.named("bigtoken");
    /** Not registered: for exchanges whose reply does not depend on the credentials. */
    private static final String NOBODY = "nobody@gmail.com";
    @RegisterExtension
    static final ClassServer GMAIL = new ClassServer(
            ALICE, WRONG, SECOND_FACTOR, EMPTY, CLIENT_TOKEN, XOAUTH2, XOAUTH2_NO_IR, BEARER, HANGUP, RETRY,
            BIG_TOKEN);

    private static RawSmtpClient secured() throws Exception {
        RawSmtpClient client = RawSmtpClient.connect(GMAIL.server());
        client.ehloAndStartTls();
        return client;
    }

    @Test
    void plainWithInitialResponse() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH PLAIN " + plain(ALICE.address(), ALICE.appPassword()), ACCEPTED);
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
        }
    }

    @Test
    void plainWithoutInitialResponseGetsAnEmptyChallengeWithTrailingSpace() throws Exception {
        try (RawSmtpClient client = secured()) {
            assertThat(client.command("AUTH PLAIN")).isEqualTo(EMPTY_CHALLENGE);
            client.expect(plain(ALICE.address(), ALICE.appPassword()), ACCEPTED);
        }
    }

    @Test
    void loginAsksForUsernameThenPassword() throws Exception {
        try (RawSmtpClient client = secured()) {
            assertThat(client.command("AUTH LOGIN")).isEqualTo(USERNAME_CHALLENGE);
            assertThat(client.command(base64(ALICE.address()))).isEqualTo(PASSWORD_CHALLENGE);
            assertThat(client.command(base64(ALICE.appPassword()))).isEqualTo(ACCEPTED);
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
        }
    }

    @Test
    void loginWithInlineUsernameAsksOnlyForThePassword() throws Exception {
        try (RawSmtpClient client = secured()) {
            assertThat(client.command("AUTH LOGIN " + base64(ALICE.address()))).isEqualTo(PASSWORD_CHALLENGE);
            assertThat(client.command(base64(ALICE.compactAppPassword()))).isEqualTo(ACCEPTED);
        }
    }

    @Test
    void lowercaseAuthAndMechanism() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("auth plain " + plain(ALICE.address(), ALICE.appPassword()), ACCEPTED);
        }
    }

    @Test
    void authOnTheSslPort() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connectSsl(GMAIL.server())) {
            client.login(ALICE.address(), ALICE.appPassword());
        }
    }

    @Test
    void wrongPasswordWithPlain() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH PLAIN " + plain(WRONG.address(), "abcdabcdabcdabcd"), BAD_CREDENTIALS);
        }
    }

    @Test
    void wrongPasswordWithLogin() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH LOGIN", USERNAME_CHALLENGE);
            client.expect(base64(WRONG.address()), PASSWORD_CHALLENGE);
            client.expect(base64("abcdabcdabcdabcd"), BAD_CREDENTIALS);
        }
    }

    @Test
    void unknownUserLooksLikeAWrongPassword() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH PLAIN " + plain(NOBODY, ALICE.appPassword()), BAD_CREDENTIALS);
        }
    }

    @Test
    void accountPasswordWithTwoStepVerificationOnNeedsAnAppPassword() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH PLAIN " + plain(SECOND_FACTOR.address(), SECOND_FACTOR.password()),
                    APP_PASSWORD_REQUIRED);
        }
    }

    @Test
    void failedAuthKeepsTheConnectionAndTheClientMayRetry() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH PLAIN " + plain(RETRY.address(), "wrongwrongwrongw"), BAD_CREDENTIALS);
            client.expect("NOOP", NOOP_OK);
            client.expect("AUTH LOGIN " + base64(RETRY.address()), PASSWORD_CHALLENGE);
            client.expect(base64(RETRY.appPassword()), ACCEPTED);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AUTH PLAIN %%%%", "AUTH PLAIN not base64!", "AUTH LOGIN %%%%"})
    void undecodableBase64InTheCommand(String line) throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect(line, CANNOT_DECODE);
            client.expect("NOOP", NOOP_OK);
        }
    }

    @Test
    void undecodableBase64InAContinuation() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH LOGIN", USERNAME_CHALLENGE);
            client.expect(base64(NOBODY), PASSWORD_CHALLENGE);
            client.expect("%%%%", CANNOT_DECODE);
            client.expect("NOOP", NOOP_OK);
        }
    }

    @Test
    void authAgainAfterSuccessIsRefused() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH PLAIN " + plain(ALICE.address(), ALICE.appPassword()), ACCEPTED);
            client.expect("AUTH PLAIN " + plain(ALICE.address(), ALICE.appPassword()), NO_IDENTITY_CHANGES);
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
        }
    }

    @Test
    void authInsideAMailTransactionIsABadSequence() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH PLAIN " + plain(ALICE.address(), ALICE.appPassword()), ACCEPTED);
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
            client.expect("AUTH PLAIN " + plain(ALICE.address(), ALICE.appPassword()), BAD_SEQUENCE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AUTH CRAM-MD5", "AUTH DIGEST-MD5", "AUTH NTLM", "AUTH GSSAPI"})
    void unknownMechanism(String line) throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect(line, UNRECOGNIZED_AUTH_TYPE);
        }
    }

    @Test
    void xoauthVersionOneIsNoLongerSupported() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH XOAUTH", XOAUTH_UNSUPPORTED);
        }
    }

    @Test
    void starCancelsPlain() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH PLAIN", EMPTY_CHALLENGE);
            client.expect("*", AUTH_ABORTED);
            client.expect("NOOP", NOOP_OK);
        }
    }

    @Test
    void starCancelsLoginAtTheUsername() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH LOGIN", USERNAME_CHALLENGE);
            client.expect("*", AUTH_ABORTED);
        }
    }

    @Test
    void starCancelsLoginAtThePassword() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH LOGIN " + base64(NOBODY), PASSWORD_CHALLENGE);
            client.expect("*", AUTH_ABORTED);
            client.expect("NOOP", NOOP_OK);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nobody@gmail.com\0abcdabcdabcdabcd", "nobody@gmail.com", "\0\0\0",
            "a\0nobody@gmail.com\0abcdabcdabcdabcd\0"})
    void plainBlobThatIsNotThreePartsCannotBeDecoded(String blob) throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH PLAIN " + base64(blob), CANNOT_DECODE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\0\0abcdabcdabcdabcd", "\0emptypw@gmail.com\0", "\0\0"})
    void emptyUserOrEmptyPasswordIsRefused(String blob) throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH PLAIN " + base64(blob), BAD_CREDENTIALS);
        }
    }

    @Test
    void plainClientTokenIsAdvertisedButNeverAccepted() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH PLAIN-CLIENTTOKEN " + plain(CLIENT_TOKEN.address(), CLIENT_TOKEN.appPassword()),
                    BAD_CREDENTIALS);
        }
    }

    @Test
    void xoauth2WithABadTokenGetsTheErrorChallengeThenBadCredentials() throws Exception {
        try (RawSmtpClient client = secured()) {
            assertThat(client.command("AUTH XOAUTH2 " + xoauth2(XOAUTH2.address(), "ya29.no-such-token")))
                    .isEqualTo(XOAUTH2_ERROR_CHALLENGE);
            client.expect("", BAD_CREDENTIALS);
            client.expect("AUTH PLAIN " + plain(XOAUTH2.address(), XOAUTH2.appPassword()), ACCEPTED);
        }
    }

    @Test
    void xoauth2WithoutInitialResponse() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH XOAUTH2", EMPTY_CHALLENGE);
            client.expect(xoauth2(XOAUTH2_NO_IR.address(), "ya29.no-such-token"), XOAUTH2_ERROR_CHALLENGE);
            client.expect("", BAD_CREDENTIALS);
            client.expect("AUTH PLAIN " + plain(XOAUTH2_NO_IR.address(), XOAUTH2_NO_IR.appPassword()), ACCEPTED);
        }
    }

    @Test
    void oauthBearerWithABadTokenGetsTheErrorChallengeThenBadCredentials() throws Exception {
        try (RawSmtpClient client = secured()) {
            assertThat(client.command("AUTH OAUTHBEARER " + oauthBearer(BEARER.address(), "ya29.no-such-token")))
                    .isEqualTo(OAUTHBEARER_ERROR_CHALLENGE);
            client.expect("AQ==", BAD_CREDENTIALS);
            client.expect("AUTH PLAIN " + plain(BEARER.address(), BEARER.appPassword()), ACCEPTED);
        }
    }

    @Test
    void clientHangingUpAfterTheXoauth2ChallengeLeavesTheServerWell() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH XOAUTH2 " + xoauth2(HANGUP.address(), "ya29.no-such-token"),
                    XOAUTH2_ERROR_CHALLENGE);
        }
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.login(HANGUP.address(), HANGUP.appPassword());
        }
    }

    @Test
    void authLineAbove512OctetsIsNotTooLong() throws Exception {
        try (RawSmtpClient client = secured()) {
            String token = "ya29." + "x".repeat(5000);
            client.expect("AUTH XOAUTH2 " + xoauth2(BIG_TOKEN.address(), token), XOAUTH2_ERROR_CHALLENGE);
            client.expect("", BAD_CREDENTIALS);
        }
    }

    @Test
    void authLineAbove12288OctetsIsTooLong() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH PLAIN " + "A".repeat(13_000), AUTH_LINE_TOO_LONG);
            client.expect("NOOP", NOOP_OK);
        }
    }

    @Test
    void authContinuationAbove12288OctetsIsTooLong() throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH PLAIN", EMPTY_CHALLENGE);
            client.expect("A".repeat(13_000), AUTH_LINE_TOO_LONG);
            client.expect("NOOP", NOOP_OK);
        }
    }

    /** The XOAUTH2 initial response: {@code user=… ^A auth=Bearer … ^A ^A}, base64. */
    static String xoauth2(String user, String token) {
        return base64("user=" + user + "\u0001auth=Bearer " + token + "\u0001\u0001");
    }

    /** The OAUTHBEARER (RFC 7628) initial response, base64. */
    static String oauthBearer(String user, String token) {
        return base64("n,a=" + user + ",\u0001host=localhost\u0001port=587\u0001auth=Bearer " + token
                + "\u0001\u0001");
    }
}
