package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountSettingsTest {

    @Test
    void ofHasDefaults() {
        AccountSettings settings = AccountSettings.of("alice@gmail.com");

        assertThat(settings.address()).isEqualTo("alice@gmail.com");
        assertThat(settings.password()).hasSize(AccountSettings.RANDOM_PASSWORD_LENGTH).isNotBlank();
        assertThat(settings.twoStepVerification()).isTrue();
        assertThat(settings.appPassword()).isEmpty();
    }

    @Test
    void randomPasswordsDiffer() {
        assertThat(AccountSettings.of("a@gmail.com").password()).isNotEqualTo(AccountSettings.of("a@gmail.com").password());
    }

    @Test
    void withersReplaceOneComponent() {
        AccountSettings settings = AccountSettings.of("Alice@Gmail.com")
                .withPassword("Secret-1")
                .withAppPassword("abcd efgh ijkl mnop");

        assertThat(settings.address()).isEqualTo("Alice@Gmail.com");
        assertThat(settings.password()).isEqualTo("Secret-1");
        assertThat(settings.appPassword()).contains("abcdefghijklmnop");
        assertThat(settings.withTwoStepVerification(true)).isEqualTo(settings);
        assertThat(AccountSettings.of("a@gmail.com").withTwoStepVerification(false).twoStepVerification()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alice", "@gmail.com", "alice@", "a@b@gmail.com", "al ice@gmail.com"})
    void rejectsMalformedAddresses(String address) {
        assertThatThrownBy(() -> AccountSettings.of(address))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + address + "'")
                .hasMessageContaining("alice@gmail.com");
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> AccountSettings.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("address");
        assertThatThrownBy(() -> AccountSettings.of("a@gmail.com").withPassword(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> new AccountSettings("a@gmail.com", "pw", true, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("appPassword");
    }

    @Test
    void rejectsBlankPassword() {
        assertThatThrownBy(() -> AccountSettings.of("a@gmail.com").withPassword("  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a@gmail.com")
                .hasMessageContaining("blank");
    }

    @Test
    void rejectsFixedAppPasswordOfWrongLengthWithoutShowingIt() {
        assertThatThrownBy(() -> AccountSettings.of("a@gmail.com").withAppPassword("abcd efgh ijkl mno"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a@gmail.com")
                .hasMessageContaining("16 letters a-z")
                .hasMessageContaining("15 characters")
                .hasMessageNotContaining("abcd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCDEFGHIJKLMNOP", "abcdefghijklmno1", "abcd-efgh-ijkl-m"})
    void rejectsFixedAppPasswordWithOtherCharacters(String value) {
        assertThatThrownBy(() -> AccountSettings.of("a@gmail.com").withAppPassword(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lowercase letters a-z")
                .hasMessageNotContaining(value);
    }

    @Test
    void rejectsFixedAppPasswordWithTwoStepVerificationOff() {
        AccountSettings fixed = AccountSettings.of("a@gmail.com").withAppPassword("abcdefghijklmnop");

        assertThatThrownBy(() -> fixed.withTwoStepVerification(false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a@gmail.com")
                .hasMessageContaining("2-Step Verification")
                .hasMessageNotContaining("abcdefghijklmnop");
        assertThatThrownBy(() -> new AccountSettings("a@gmail.com", "pw", false, Optional.of("abcdefghijklmnop")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringHidesSecrets() {
        AccountSettings settings = AccountSettings.of("alice@gmail.com")
                .withPassword("Secret-1")
                .withAppPassword("abcdefghijklmnop");

        assertThat(settings.toString())
                .contains("alice@gmail.com")
                .doesNotContain("Secret-1")
                .doesNotContain("abcdefghijklmnop");
        AccountSettings random = AccountSettings.of("b@gmail.com");
        assertThat(random.toString()).doesNotContain(random.password());
    }
}
