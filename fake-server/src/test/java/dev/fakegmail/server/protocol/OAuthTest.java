package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.AuthTest.oauthBearer;
import static dev.fakegmail.server.protocol.AuthTest.xoauth2;
import static dev.fakegmail.server.protocol.GmailReplies.ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.BAD_CREDENTIALS;
import static dev.fakegmail.server.protocol.GmailReplies.EMPTY_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.OAUTHBEARER_ERROR_CHALLENGE;
import static dev.fakegmail.server.protocol.GmailReplies.XOAUTH2_ERROR_CHALLENGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.AccessToken;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** docs/gmail-smtp.md §4–5: OAuth 2.0 access tokens through XOAUTH2 and OAUTHBEARER, byte for byte. */
class OAuthTest {
    private static final TestAccount ALICE = TestAccount.named("oauth.alice");
    private static final TestAccount BOB = TestAccount.named("oauth.bob");

    private final TestClock clock = TestClock.fixedAt(Instant.parse("2026-03-02T10:00:00Z"));
    private FakeGmailServer server;
    private GmailAccount alice;

    @BeforeEach
    void start() {
        server = FakeGmailServer.builder().smtpPort(0).sslPort(0).clock(clock)
                .account(ALICE.settings()).account(BOB.settings()).build().start();
        alice = server.account(ALICE.address());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void xoauth2WithInitialResponse() throws Exception {
        AccessToken token = alice.issueAccessToken();
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH XOAUTH2 " + xoauth2(ALICE.address(), token.value()), ACCEPTED);
        }
        assertThat(token.value()).startsWith("ya29.");
    }

    @Test
    void xoauth2WithoutInitialResponse() throws Exception {
        AccessToken token = alice.issueAccessToken();
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH XOAUTH2", EMPTY_CHALLENGE);
            client.expect(xoauth2(ALICE.address(), token.value()), ACCEPTED);
        }
    }

    @Test
    void oauthBearerWithAndWithoutInitialResponse() throws Exception {
        AccessToken token = alice.issueAccessToken();
        try (RawSmtpClient client = secured(); RawSmtpClient second = secured()) {
            client.expect("AUTH OAUTHBEARER " + oauthBearer(ALICE.address(), token.value()), ACCEPTED);
            second.expect("AUTH OAUTHBEARER", EMPTY_CHALLENGE);
            second.expect(oauthBearer(ALICE.address(), token.value()), ACCEPTED);
        }
    }

    @Test
    void aTokenExpiresAfterOneHourOnTheServersClock() throws Exception {
        AccessToken token = alice.issueAccessToken();
        clock.advance(Duration.ofMinutes(59));
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH XOAUTH2 " + xoauth2(ALICE.address(), token.value()), ACCEPTED);
        }
        clock.advance(Duration.ofMinutes(1));
        assertRefusedThenSessionSurvives(token.value());
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        AccessToken token = alice.issueAccessToken();
        alice.revoke(token);
        assertRefusedThenSessionSurvives(token.value());
    }

    @Test
    void changingThePasswordRevokesEveryToken() throws Exception {
        AccessToken first = alice.issueAccessToken();
        AccessToken second = alice.issueAccessToken();
        alice.changePassword("Another-Horse-2");
        assertThat(first.isRevoked()).isTrue();
        assertThat(second.isRevoked()).isTrue();
        assertThat(alice.accessTokens()).isEmpty();
        assertRefusedThenSessionSurvives(second.value());
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH XOAUTH2 " + xoauth2(ALICE.address(), alice.issueAccessToken().value()), ACCEPTED);
        }
    }

    @Test
    void aTokenWithoutTheMailScopeIsRefused() throws Exception {
        AccessToken calendar = alice.issueAccessToken("https://www.googleapis.com/auth/calendar");
        assertRefusedThenSessionSurvives(calendar.value());
    }

    @Test
    void anotherAccountsTokenIsRefused() throws Exception {
        AccessToken bobs = server.account(BOB.address()).issueAccessToken();
        assertRefusedThenSessionSurvives(bobs.value());
    }

    @Test
    void oauthBearerFailureChallengeThenAQ() throws Exception {
        AccessToken token = alice.issueAccessToken();
        alice.revoke(token);
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH OAUTHBEARER " + oauthBearer(ALICE.address(), token.value()),
                    OAUTHBEARER_ERROR_CHALLENGE);
            client.expect("AQ==", BAD_CREDENTIALS);
            client.expect("AUTH PLAIN " + RawSmtpClient.plain(ALICE.address(), ALICE.appPassword()), ACCEPTED);
        }
    }

    @Test
    void aClientThatHangsUpAfterTheChallengeLeavesNothingBehind() throws Exception {
        AccessToken token = alice.issueAccessToken();
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH XOAUTH2 " + xoauth2(ALICE.address(), "ya29.wrong"), XOAUTH2_ERROR_CHALLENGE);
        }
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH XOAUTH2 " + xoauth2(ALICE.address(), token.value()), ACCEPTED);
        }
        assertThat(server.receivedMessages()).isEmpty();
    }

    private void assertRefusedThenSessionSurvives(String token) throws Exception {
        try (RawSmtpClient client = secured()) {
            client.expect("AUTH XOAUTH2 " + xoauth2(ALICE.address(), token), XOAUTH2_ERROR_CHALLENGE);
            client.expect("", BAD_CREDENTIALS);
            String appPassword = alice.currentAppPassword().orElseGet(() -> alice.createAppPassword("retry")).value();
            client.expect("AUTH PLAIN " + RawSmtpClient.plain(ALICE.address(), appPassword), ACCEPTED);
        }
    }

    private RawSmtpClient secured() throws Exception {
        RawSmtpClient client = RawSmtpClient.connect(server);
        client.ehloAndStartTls();
        return client;
    }
}
