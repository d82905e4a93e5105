package dev.fakegmail.samples.oauth;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.AccessToken;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.TestClock;
import jakarta.mail.AuthenticationFailedException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An OAuth sender whose access token expires after an hour. The test moves the server's clock instead of waiting:
 * {@code @FakeGmail} has no clock setting, so this suite builds its server itself with a {@link TestClock} and
 * hands the same clock to the application.
 */
class OAuthTokenRefreshTest {
    private final TestClock clock = TestClock.system();
    private final AtomicInteger issued = new AtomicInteger();
    private FakeGmailServer gmail;
    private GmailAccount account;

    @BeforeEach
    void startGmail() {
        gmail = FakeGmailServer.builder().clock(clock).build().start();
        account = gmail.defaultAccount();
    }

    @AfterEach
    void stopGmail() {
        gmail.close();
    }

    @Test
    void refreshesTheTokenAfterAnHour() throws Exception {
        OAuthMailer mailer = mailer();
        mailer.send("bob@example.com", "Morning report", "All green.");

        clock.advance(Duration.ofHours(1));
        mailer.send("bob@example.com", "Noon report", "Still green.");

        assertThat(issued).hasValue(2);
        assertThat(gmail).hasReceived(2);
        assertThat(gmail.receivedMessages()).extracting(ReceivedMessage::authMechanism).containsOnly("XOAUTH2");
    }

    @Test
    void reusesTheTokenWithinTheHour() throws Exception {
        OAuthMailer mailer = mailer();
        mailer.send("bob@example.com", "Morning report", "All green.");

        clock.advance(Duration.ofMinutes(50));
        mailer.send("bob@example.com", "Noon report", "Still green.");

        assertThat(issued).hasValue(1);
        assertThat(gmail).hasReceived(2);
    }

    @Test
    void replacesATokenThatGmailRefuses() throws Exception {
        OAuthMailer mailer = mailer();
        mailer.send("bob@example.com", "Morning report", "All green.");

        account.revoke(account.accessTokens().get(0));                    // e.g. the user removed the app's access
        mailer.send("bob@example.com", "Noon report", "Still green.");

        assertThat(issued).hasValue(2);
        assertThat(gmail).hasReceived(2);
    }

    @Test
    void anExpiredTokenReallyIsRefused() {
        AccessToken token = account.issueAccessToken();
        OAuthMailer stale = new OAuthMailer(gmail.profile(account).javaMailProperties(), account.address(),
                () -> new IssuedToken(token.value(), token.expiresAt()), clock);

        clock.advance(AccessToken.LIFETIME);

        assertThatThrownBy(() -> stale.send("bob@example.com", "Late report", "Too late."))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(gmail).hasReceived(0);
    }

    private OAuthMailer mailer() {
        return new OAuthMailer(gmail.profile(account).javaMailProperties(), account.address(), this::issue, clock);
    }

    /** The test's token endpoint: the fake Google Account issues a token valid for one hour on the clock. */
    private IssuedToken issue() {
        issued.incrementAndGet();
        AccessToken token = account.issueAccessToken();
        return new IssuedToken(token.value(), token.expiresAt());
    }
}
