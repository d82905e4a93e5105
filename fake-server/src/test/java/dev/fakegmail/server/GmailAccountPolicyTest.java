package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.internal.auth.AuthResult;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Tokens, send-as aliases, the sending quota and the test clock on the account model. */
class GmailAccountPolicyTest {
    private final TestClock clock = TestClock.fixedAt(Instant.parse("2026-03-02T10:00:00Z"));

    @Test
    void theTestClockOnlyMovesForward() {
        Instant start = clock.instant();
        clock.advance(Duration.ofMinutes(5));
        assertThat(clock.instant()).isEqualTo(start.plus(Duration.ofMinutes(5)));
        assertThat(clock.advanced()).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A TestClock only moves forward, but advance(PT-1S) was asked; "
                        + "create a new clock for an earlier time");
        assertThat(clock.withZone(java.time.ZoneId.of("America/Los_Angeles")).instant()).isEqualTo(clock.instant());
    }

    @Test
    void tokensExpireAfterAnHourAndNeverShowTheirValue() {
        GmailAccount alice = account(AccountSettings.of("alice@gmail.com"));
        AccessToken token = alice.issueAccessToken();

        assertThat(alice.authenticateToken(token.value())).isEqualTo(AuthResult.ACCEPTED);
        assertThat(token.expiresAt()).isEqualTo(token.issuedAt().plus(Duration.ofHours(1)));
        assertThat(token.toString()).doesNotContain(token.value());
        clock.advance(Duration.ofHours(1));
        assertThat(alice.authenticateToken(token.value())).isEqualTo(AuthResult.BAD_CREDENTIALS);
        assertThat(alice.accessTokens()).containsExactly(token);
    }

    @Test
    void aDefaultSendAsMustBeVerified() {
        assertThatThrownBy(() -> AccountSettings.of("alice@gmail.com").withDefaultSendAs("sales@company.example"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The default send-as address 'sales@company.example' of account alice@gmail.com is "
                        + "neither the account's address nor one of its verified aliases []; add it first with "
                        + "withSendAsAlias(\"sales@company.example\")");
        GmailAccount alice = account(AccountSettings.of("alice@gmail.com"));
        assertThatThrownBy(() -> alice.setDefaultSendAs("sales@company.example"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'sales@company.example' is not a verified send-as address of alice@gmail.com []; "
                        + "call addSendAsAlias(\"sales@company.example\") first");
    }

    @Test
    void resetRestoresAliasesAndDropsTokensAndTheQuota() {
        GmailAccount alice = account(AccountSettings.of("alice@gmail.com").withSendAsAlias("sales@company.example")
                .withDefaultSendAs("sales@company.example").withDailySendingLimit(1));
        alice.addSendAsAlias("support@company.example");
        alice.setDefaultSendAs("alice@gmail.com");
        AccessToken token = alice.issueAccessToken();
        alice.recordSent(clock.instant());
        assertThat(alice.maySendNow()).isFalse();

        alice.reset();

        assertThat(alice.sendAsAliases()).containsExactly("sales@company.example");
        assertThat(alice.defaultSendAs()).isEqualTo("sales@company.example");
        assertThat(token.isRevoked()).isTrue();
        assertThat(alice.accessTokens()).isEmpty();
        assertThat(alice.sentInLast24Hours()).isZero();
        assertThat(alice.maySendNow()).isTrue();
    }

    private GmailAccount account(AccountSettings settings) {
        return new GmailAccount(settings, clock, false);
    }
}
