package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppPasswordTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void randomValueIsSixteenLowercaseLetters() {
        for (int i = 0; i < 50; i++) {
            assertThat(AppPassword.random("Mail", T0).value()).matches("[a-z]{16}");
        }
    }

    @Test
    void randomValuesDiffer() {
        assertThat(AppPassword.random("a", T0).value()).isNotEqualTo(AppPassword.random("b", T0).value());
    }

    @Test
    void formattedIsFourGroupsOfFour() {
        AppPassword password = new AppPassword("Mail", "abcdefghijklmnop", T0);

        assertThat(password.formatted()).isEqualTo("abcd efgh ijkl mnop");
        assertThat(AppPassword.random("Mail", T0).formatted()).matches("[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}");
    }

    @Test
    void startsActiveAndUnused() {
        AppPassword password = new AppPassword("CRM", "abcdefghijklmnop", T0);

        assertThat(password.name()).isEqualTo("CRM");
        assertThat(password.createdAt()).isEqualTo(T0);
        assertThat(password.lastUsed()).isEmpty();
        assertThat(password.isRevoked()).isFalse();
    }

    @Test
    void matchesWithOrWithoutSpacesUnlessStrict() {
        AppPassword password = new AppPassword("Mail", "abcdefghijklmnop", T0);

        assertThat(password.matches("abcdefghijklmnop", false)).isTrue();
        assertThat(password.matches("abcd efgh ijkl mnop", false)).isTrue();
        assertThat(password.matches("abcdefghijklmnop", true)).isTrue();
        assertThat(password.matches("abcd efgh ijkl mnop", true)).isFalse();
        assertThat(password.matches("ABCDEFGHIJKLMNOP", false)).isFalse();
        assertThat(password.matches("abcdefghijklmnoq", false)).isFalse();
        assertThat(password.matches("", false)).isFalse();
    }

    @Test
    void revokedNeverMatches() {
        AppPassword password = new AppPassword("Mail", "abcdefghijklmnop", T0);
        password.revoke();

        assertThat(password.isRevoked()).isTrue();
        assertThat(password.matches("abcdefghijklmnop", false)).isFalse();
    }

    @Test
    void rejectsMalformedValues() {
        assertThatThrownBy(() -> new AppPassword("Mail", "abcd", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AppPassword("Mail", "ABCDEFGHIJKLMNOP", T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("ABCDEFGHIJKLMNOP");
    }

    @Test
    void toStringNeverShowsTheValue() {
        AppPassword password = new AppPassword("Mail", "abcdefghijklmnop", T0);
        password.markUsed(T0.plusSeconds(5));

        assertThat(password.toString())
                .contains("Mail")
                .doesNotContain("abcdefghijklmnop")
                .doesNotContain("abcd efgh");
    }
}
