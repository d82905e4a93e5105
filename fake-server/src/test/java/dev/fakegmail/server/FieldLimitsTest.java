package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** docs/robustness.md: stored fields have limits, so no door can make the model keep a value of megabytes. */
class FieldLimitsTest {
    private final MutableClock clock = MutableClock.startingAt("2026-01-01T00:00:00Z");

    @Test
    void anAddressOfMoreThan254Characters() {
        String local = "a".repeat(250);
        assertThat(AccountSettings.of("a".repeat(244) + "@gmail.com").address()).hasSize(254);
        assertThatThrownBy(() -> AccountSettings.of(local + "@gmail.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Account address 'aaaaaaaaaaaaaaaaaaaaaaaa…' has 260 characters, more than 254, the most an"
                        + " email address has (RFC 5321); use a shorter one");
    }

    @Test
    void aPasswordOfMoreThan100Characters() {
        GmailAccount account = new GmailAccount(AccountSettings.of("alice@gmail.com").withPassword("Secret-1"), clock,
                false);
        assertThatThrownBy(() -> account.changePassword("p".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The password of account alice@gmail.com has 101 characters, more than 100; choose a"
                        + " shorter one");
        assertThat(account.password()).isEqualTo("Secret-1");
        account.changePassword("p".repeat(100));
        assertThat(account.password()).hasSize(100);
    }

    @Test
    void anAppPasswordNameOfMoreThan100Characters() {
        GmailAccount account = new GmailAccount(AccountSettings.of("alice@gmail.com"), clock, false);
        assertThatThrownBy(() -> account.createAppPassword("n".repeat(100 * 1024)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The name of a new app password of account alice@gmail.com has 102400 characters, more"
                        + " than 100; pass a short label such as \"Mail\" or the application's name");
        assertThat(account.appPasswords()).hasSize(1);
        assertThat(account.createAppPassword("n".repeat(100)).name()).hasSize(100);
    }
}
