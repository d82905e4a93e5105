package dev.fakegmail.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.GmailSmtpProfile;
import org.junit.jupiter.api.Test;

/** The extension's own state never shows the configured secrets. */
class GmailSettingsTest {

    @Test
    void toStringHidesThePasswords() {
        FakeGmail annotation = WithSecrets.class.getAnnotation(FakeGmail.class);
        GmailSettings settings = new GmailSettings(annotation, "class GmailSettingsTest.WithSecrets");

        try (ActiveGmail gmail = ActiveGmail.start(settings)) {
            GmailSmtpProfile profile = gmail.server().profile();
            assertThat(profile.password()).isEqualTo("abcdefghijklmnop");
            assertThat(gmail.toString()).contains("@FakeGmail on class GmailSettingsTest.WithSecrets")
                    .doesNotContain("abcd", "secret-account-password");
        }
    }

    @FakeGmail(appPassword = "abcd efgh ijkl mnop", password = "secret-account-password", smtpPort = 0, sslPort = 0)
    static class WithSecrets {
    }
}
