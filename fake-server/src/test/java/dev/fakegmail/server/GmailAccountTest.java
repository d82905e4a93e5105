package dev.fakegmail.server;

import static dev.fakegmail.server.internal.auth.AuthResult.ACCEPTED;
import static dev.fakegmail.server.internal.auth.AuthResult.APP_PASSWORD_REQUIRED;
import static dev.fakegmail.server.internal.auth.AuthResult.BAD_CREDENTIALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GmailAccountTest {
    private static final String FIXED = "abcdefghijklmnop";
    private final MutableClock clock = MutableClock.startingAt("2026-01-01T00:00:00Z");

    private GmailAccount account(AccountSettings settings) {
        return new GmailAccount(settings, clock, false);
    }

    private GmailAccount alice() {
        return account(AccountSettings.of("alice@gmail.com").withPassword("Secret-1"));
    }

    @Test
    void startsWithOneInitialAppPasswordNamedMail() {
        GmailAccount account = alice();

        assertThat(account.address()).isEqualTo("alice@gmail.com");
        assertThat(account.password()).isEqualTo("Secret-1");
        assertThat(account.isTwoStepVerificationOn()).isTrue();
        assertThat(account.appPasswords()).singleElement().satisfies(app -> {
            assertThat(app.name()).isEqualTo("Mail");
            assertThat(app.value()).matches("[a-z]{16}");
            assertThat(app.createdAt()).isEqualTo(clock.instant());
        });
        assertThat(account.currentAppPassword()).contains(account.appPasswords().get(0));
    }

    @Test
    void usesTheFixedAppPassword() {
        GmailAccount account = account(AccountSettings.of("a@gmail.com").withAppPassword("abcd efgh ijkl mnop"));

        assertThat(account.currentAppPassword().orElseThrow().value()).isEqualTo(FIXED);
        assertThat(account.authenticate(FIXED)).isEqualTo(ACCEPTED);
    }

    @Test
    void startsWithoutAppPasswordWhenTwoStepVerificationIsOff() {
        GmailAccount account = account(AccountSettings.of("a@gmail.com").withTwoStepVerification(false));

        assertThat(account.isTwoStepVerificationOn()).isFalse();
        assertThat(account.appPasswords()).isEmpty();
        assertThat(account.currentAppPassword()).isEmpty();
    }

    @Test
    void appPasswordIsAcceptedWithOrWithoutSpacesAndRecordsLastUse() {
        GmailAccount account = alice();
        AppPassword app = account.currentAppPassword().orElseThrow();
        clock.advance(Duration.ofMinutes(3));

        assertThat(account.authenticate(app.value())).isEqualTo(ACCEPTED);
        assertThat(account.authenticate(app.formatted())).isEqualTo(ACCEPTED);
        assertThat(app.lastUsed()).contains(clock.instant());
    }

    @Test
    void strictModeAcceptsOnlyTheExactLetters() {
        GmailAccount account = new GmailAccount(AccountSettings.of("a@gmail.com").withAppPassword(FIXED), clock, true);

        assertThat(account.authenticate("abcd efgh ijkl mnop")).isEqualTo(BAD_CREDENTIALS);
        assertThat(account.authenticate(FIXED)).isEqualTo(ACCEPTED);
    }

    @Test
    void rejectsUppercaseWrongAndEmptySecrets() {
        GmailAccount account = account(AccountSettings.of("a@gmail.com").withAppPassword(FIXED));

        assertThat(account.authenticate("ABCDEFGHIJKLMNOP")).isEqualTo(BAD_CREDENTIALS);
        assertThat(account.authenticate("abcdefghijklmnoq")).isEqualTo(BAD_CREDENTIALS);
        assertThat(account.authenticate("")).isEqualTo(BAD_CREDENTIALS);
        assertThat(account.authenticate(null)).isEqualTo(BAD_CREDENTIALS);
        assertThat(account.currentAppPassword().orElseThrow().lastUsed()).isEmpty();
    }

    @Test
    void accountPasswordNeedsAnAppPasswordWhileTwoStepVerificationIsOn() {
        assertThat(alice().authenticate("Secret-1")).isEqualTo(APP_PASSWORD_REQUIRED);
    }

    @Test
    void accountPasswordIsBadCredentialsWhileTwoStepVerificationIsOff() {
        GmailAccount account = account(AccountSettings.of("a@gmail.com").withPassword("Secret-1")
                .withTwoStepVerification(false));

        assertThat(account.authenticate("Secret-1")).isEqualTo(BAD_CREDENTIALS);
    }

    @Test
    void revokingOneLeavesTheOthers() {
        GmailAccount account = alice();
        AppPassword first = account.currentAppPassword().orElseThrow();
        AppPassword second = account.createAppPassword("CRM");

        account.revoke(first);

        assertThat(first.isRevoked()).isTrue();
        assertThat(account.authenticate(first.value())).isEqualTo(BAD_CREDENTIALS);
        assertThat(account.authenticate(second.value())).isEqualTo(ACCEPTED);
        assertThat(account.appPasswords()).containsExactly(second);
        account.revoke(first);
        assertThat(account.appPasswords()).containsExactly(second);
    }

    @Test
    void revokingAnotherAccountsAppPasswordIsRefused() {
        AppPassword bobs = account(AccountSettings.of("bob@gmail.com")).currentAppPassword().orElseThrow();

        assertThatThrownBy(() -> alice().revoke(bobs))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alice@gmail.com")
                .hasMessageNotContaining(bobs.value());
    }

    @Test
    void createdAppPasswordsAreListedOldestFirstAndNewestIsCurrent() {
        GmailAccount account = alice();
        AppPassword initial = account.currentAppPassword().orElseThrow();
        clock.advance(Duration.ofSeconds(1));
        AppPassword crm = account.createAppPassword("CRM");

        assertThat(account.appPasswords()).containsExactly(initial, crm);
        assertThat(account.currentAppPassword()).contains(crm);
        assertThat(crm.createdAt()).isEqualTo(clock.instant());
        assertThat(crm.value()).isNotEqualTo(initial.value());
    }

    @Test
    void createAppPasswordNeedsANonBlankName() {
        assertThatThrownBy(() -> alice().createAppPassword(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alice@gmail.com")
                .hasMessageContaining("blank");
    }

    @Test
    void changePasswordRevokesEveryAppPassword() {
        GmailAccount account = alice();
        AppPassword initial = account.currentAppPassword().orElseThrow();
        AppPassword crm = account.createAppPassword("CRM");

        account.changePassword("Secret-2");

        assertThat(account.password()).isEqualTo("Secret-2");
        assertThat(initial.isRevoked()).isTrue();
        assertThat(crm.isRevoked()).isTrue();
        assertThat(account.appPasswords()).isEmpty();
        assertThat(account.authenticate(initial.value())).isEqualTo(BAD_CREDENTIALS);
        assertThat(account.authenticate(crm.formatted())).isEqualTo(BAD_CREDENTIALS);
        assertThat(account.authenticate("Secret-1")).isEqualTo(BAD_CREDENTIALS);
        assertThat(account.authenticate("Secret-2")).isEqualTo(APP_PASSWORD_REQUIRED);

        AppPassword fresh = account.createAppPassword("After change");
        assertThat(account.authenticate(fresh.value())).isEqualTo(ACCEPTED);
    }

    @Test
    void changePasswordRevokesEvenAFixedValue() {
        GmailAccount account = account(AccountSettings.of("a@gmail.com").withAppPassword(FIXED));

        account.changePassword("Other-1");

        assertThat(account.authenticate(FIXED)).isEqualTo(BAD_CREDENTIALS);
    }

    @Test
    void changePasswordRefusesBlankOrUnchangedPassword() {
        GmailAccount account = alice();

        assertThatThrownBy(() -> account.changePassword(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> account.changePassword("Secret-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alice@gmail.com")
                .hasMessageContaining("equals the current one")
                .hasMessageNotContaining("Secret-1");
        assertThat(account.appPasswords()).hasSize(1);
    }

    @Test
    void turningTwoStepVerificationOffRevokesEveryAppPasswordAndBlocksNewOnes() {
        GmailAccount account = alice();
        AppPassword initial = account.currentAppPassword().orElseThrow();

        account.turnOffTwoStepVerification();

        assertThat(account.isTwoStepVerificationOn()).isFalse();
        assertThat(initial.isRevoked()).isTrue();
        assertThat(account.appPasswords()).isEmpty();
        assertThat(account.authenticate(initial.value())).isEqualTo(BAD_CREDENTIALS);
        assertThat(account.authenticate("Secret-1")).isEqualTo(BAD_CREDENTIALS);
        assertThatThrownBy(() -> account.createAppPassword("CRM"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot create an app password for alice@gmail.com: 2-Step Verification is off, and app"
                        + " passwords exist only while it is on. Call turnOnTwoStepVerification() first.");
    }

    @Test
    void turningTwoStepVerificationBackOnAllowsNewAppPasswordsButNotOldOnes() {
        GmailAccount account = alice();
        AppPassword initial = account.currentAppPassword().orElseThrow();
        account.turnOffTwoStepVerification();

        account.turnOnTwoStepVerification();

        assertThat(account.appPasswords()).isEmpty();
        assertThat(account.authenticate(initial.value())).isEqualTo(BAD_CREDENTIALS);
        assertThat(account.authenticate("Secret-1")).isEqualTo(APP_PASSWORD_REQUIRED);
        assertThat(account.authenticate(account.createAppPassword("New").value())).isEqualTo(ACCEPTED);
    }

    @Test
    void resetReturnsToTheSettingsWithAFreshInitialAppPassword() {
        GmailAccount account = alice();
        AppPassword initial = account.currentAppPassword().orElseThrow();
        AppPassword crm = account.createAppPassword("CRM");
        account.changePassword("Secret-2");
        account.turnOffTwoStepVerification();

        account.reset();

        assertThat(account.password()).isEqualTo("Secret-1");
        assertThat(account.isTwoStepVerificationOn()).isTrue();
        assertThat(initial.isRevoked()).isTrue();
        assertThat(crm.isRevoked()).isTrue();
        AppPassword fresh = account.appPasswords().get(0);
        assertThat(account.appPasswords()).containsExactly(fresh);
        assertThat(fresh).isNotSameAs(initial);
        assertThat(fresh.name()).isEqualTo("Mail");
        assertThat(account.authenticate(fresh.value())).isEqualTo(ACCEPTED);
    }

    @Test
    void resetRevokesActiveAppPasswordsAndRecreatesTheFixedOne() {
        GmailAccount account = account(AccountSettings.of("a@gmail.com").withAppPassword(FIXED));
        AppPassword initial = account.currentAppPassword().orElseThrow();
        AppPassword crm = account.createAppPassword("CRM");

        account.reset();

        assertThat(initial.isRevoked()).isTrue();
        assertThat(crm.isRevoked()).isTrue();
        assertThat(account.authenticate(crm.value())).isEqualTo(BAD_CREDENTIALS);
        assertThat(account.appPasswords()).singleElement().satisfies(app -> {
            assertThat(app).isNotSameAs(initial);
            assertThat(app.value()).isEqualTo(FIXED);
        });
        assertThat(account.authenticate(FIXED)).isEqualTo(ACCEPTED);
    }

    @Test
    void resetKeepsTwoStepVerificationOffWhenTheSettingsSaySo() {
        GmailAccount account = account(AccountSettings.of("a@gmail.com").withTwoStepVerification(false));
        account.turnOnTwoStepVerification();
        account.createAppPassword("CRM");

        account.reset();

        assertThat(account.isTwoStepVerificationOn()).isFalse();
        assertThat(account.appPasswords()).isEmpty();
    }

    @Test
    void toStringNeverShowsSecrets() {
        GmailAccount account = alice();
        String appPassword = account.currentAppPassword().orElseThrow().value();

        assertThat(account.toString())
                .contains("alice@gmail.com")
                .doesNotContain("Secret-1")
                .doesNotContain(appPassword);
    }
}
