package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The model answers what adapters re-derived: what a password change revoked, and a lookup that never throws. */
class PasswordChangeTest {
    private final MutableClock clock = MutableClock.startingAt("2026-01-01T00:00:00Z");

    @Test
    void aPasswordChangeReturnsExactlyWhatItRevoked() {
        GmailAccount account = new GmailAccount(AccountSettings.of("alice@gmail.com").withPassword("Secret-1"), clock,
                false);
        AppPassword initial = account.currentAppPassword().orElseThrow();
        AppPassword crm = account.createAppPassword("CRM");
        account.revoke(crm);
        AppPassword shop = account.createAppPassword("Shop");
        AccessToken mail = account.issueAccessToken();
        AccessToken revokedBefore = account.issueAccessToken();
        account.revoke(revokedBefore);
        RefreshToken gmailScope = account.mintRefreshToken(OAuthClient.random());
        RefreshToken otherScope = account.mintRefreshToken(OAuthClient.random(), "openid");

        PasswordChange change = account.changePassword("Secret-2");

        assertThat(change.appPasswords()).containsExactly(initial, shop);
        assertThat(change.accessTokens()).containsExactly(mail);
        assertThat(change.refreshTokens()).containsExactly(gmailScope);
        assertThat(otherScope.isRevoked()).isFalse();
        assertThat(change.toString()).doesNotContain(initial.value(), shop.value(), mail.value(), gmailScope.value());
    }

    @Test
    void findAccountIgnoresCaseAndIsEmptyForAnUnknownAddress() {
        try (FakeGmailServer gmail = FakeGmailServer.builder().account(AccountSettings.of("alice@gmail.com")).build()) {
            assertThat(gmail.findAccount("ALICE@gmail.com")).containsSame(gmail.defaultAccount());
            assertThat(gmail.findAccount("nobody@gmail.com")).isEmpty();
            assertThat(gmail.findAccount("not an address")).isEmpty();
        }
    }
}
