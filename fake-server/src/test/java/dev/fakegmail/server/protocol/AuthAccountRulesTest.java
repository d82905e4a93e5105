package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.GmailReplies.ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.APP_PASSWORD_REQUIRED;
import static dev.fakegmail.server.protocol.GmailReplies.BAD_CREDENTIALS;
import static dev.fakegmail.server.protocol.GmailReplies.TOO_MANY_LOGINS;
import static dev.fakegmail.server.protocol.RawSmtpClient.plain;

import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.AppPassword;
import dev.fakegmail.server.GmailAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * docs/gmail-smtp.md §4 and §5 seen over SMTP: app passwords, revocation, 2-Step Verification, the failed-login
 * lockout, case-insensitive addresses. Every test has its own account, since several change account state.
 */
class AuthAccountRulesTest {
    private static final TestAccount SPACES = TestAccount.named("spaces");
    private static final TestAccount MIXED_CASE = TestAccount.named("mixedcase");
    private static final TestAccount REVOKED = TestAccount.named("revoked");
    private static final TestAccount CHANGER = TestAccount.named("changer");
    private static final TestAccount SWITCH_OFF = TestAccount.named("switchoff");
    private static final TestAccount LOCKOUT = TestAccount.named("lockout");
    private static final String NO_2SV = "no2sv@gmail.com";
    private static final String NO_2SV_PASSWORD = "Correct-Horse-1";
    @RegisterExtension
    static final ClassServer GMAIL = new ClassServer(SPACES, MIXED_CASE, REVOKED, CHANGER, SWITCH_OFF, LOCKOUT);

    private static void expectAuth(String user, String secret, String expected) throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.ehloAndStartTls();
            client.expect("AUTH PLAIN " + plain(user, secret), expected);
        }
    }

    @Test
    void appPasswordIsAcceptedWithAndWithoutTheDisplaySpaces() throws Exception {
        expectAuth(SPACES.address(), SPACES.appPassword(), ACCEPTED);
        expectAuth(SPACES.address(), SPACES.compactAppPassword(), ACCEPTED);
    }

    @Test
    void addressesAreCaseInsensitive() throws Exception {
        expectAuth(MIXED_CASE.address().toUpperCase(java.util.Locale.ROOT), MIXED_CASE.appPassword(), ACCEPTED);
        expectAuth("MixedCase@Gmail.com", MIXED_CASE.appPassword(), ACCEPTED);
    }

    @Test
    void accountPasswordWithTwoStepVerificationOffIsNotAccepted() throws Exception {
        expectAuth(NO_2SV, NO_2SV_PASSWORD, BAD_CREDENTIALS);
    }

    @Test
    void revokedAppPasswordNeverWorksAgain() throws Exception {
        GmailAccount account = GMAIL.server().account(REVOKED.address());
        AppPassword current = account.currentAppPassword().orElseThrow();
        expectAuth(REVOKED.address(), REVOKED.appPassword(), ACCEPTED);
        account.revoke(current);
        expectAuth(REVOKED.address(), REVOKED.appPassword(), BAD_CREDENTIALS);
        AppPassword fresh = account.createAppPassword("Second");
        expectAuth(REVOKED.address(), fresh.value(), ACCEPTED);
        expectAuth(REVOKED.address(), REVOKED.appPassword(), BAD_CREDENTIALS);
    }

    @Test
    void changingTheAccountPasswordRevokesEveryAppPassword() throws Exception {
        GmailAccount account = GMAIL.server().account(CHANGER.address());
        expectAuth(CHANGER.address(), CHANGER.appPassword(), ACCEPTED);
        account.changePassword("Another-Horse-2");
        expectAuth(CHANGER.address(), CHANGER.appPassword(), BAD_CREDENTIALS);
        expectAuth(CHANGER.address(), "Another-Horse-2", APP_PASSWORD_REQUIRED);
        AppPassword fresh = account.createAppPassword("After change");
        expectAuth(CHANGER.address(), fresh.formatted(), ACCEPTED);
    }

    @Test
    void turningTwoStepVerificationOffRevokesEveryAppPassword() throws Exception {
        GmailAccount account = GMAIL.server().account(SWITCH_OFF.address());
        expectAuth(SWITCH_OFF.address(), SWITCH_OFF.password(), APP_PASSWORD_REQUIRED);
        account.turnOffTwoStepVerification();
        expectAuth(SWITCH_OFF.address(), SWITCH_OFF.appPassword(), BAD_CREDENTIALS);
        expectAuth(SWITCH_OFF.address(), SWITCH_OFF.password(), BAD_CREDENTIALS);
    }

    @Test
    void theEleventhFailedLoginLocksTheAccountEvenForTheRightPassword() throws Exception {
        try (RawSmtpClient client = RawSmtpClient.connect(GMAIL.server())) {
            client.ehloAndStartTls();
            for (int failure = 1; failure <= 10; failure++) {
                client.expect("AUTH PLAIN " + plain(LOCKOUT.address(), "wrongwrongwrong" + (char) ('a' + failure)),
                        BAD_CREDENTIALS);
            }
            client.expect("AUTH PLAIN " + plain(LOCKOUT.address(), "wrongwrongwrongz"), TOO_MANY_LOGINS);
            client.expect("AUTH PLAIN " + plain(LOCKOUT.address(), LOCKOUT.appPassword()), TOO_MANY_LOGINS);
        }
        expectAuth(LOCKOUT.address(), LOCKOUT.appPassword(), TOO_MANY_LOGINS);
    }
}
