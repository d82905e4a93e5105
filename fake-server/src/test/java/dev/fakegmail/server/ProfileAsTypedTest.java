package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The profile a person would type, answered by the core (it used to live in the JUnit extension). */
class ProfileAsTypedTest {

    @Test
    void theCurrentAppPasswordElseTheAccountPasswordThatGmailRefuses() {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0)
                .account(AccountSettings.of("alice@gmail.com").withPassword("Secret-1")).build().start()) {
            GmailAccount alice = gmail.defaultAccount();
            String app = alice.currentAppPassword().orElseThrow().value();

            assertThat(gmail.profileAsTyped(alice, SmtpSecurity.SSL).password()).isEqualTo(app);
            assertThat(gmail.profileAsTyped(alice, SmtpSecurity.SSL).port()).isEqualTo(gmail.sslPort());
            assertThat(gmail.imapProfileAsTyped(alice).password()).isEqualTo(app);

            alice.turnOffTwoStepVerification();

            GmailSmtpProfile typed = gmail.profileAsTyped(alice, SmtpSecurity.STARTTLS);
            assertThat(typed.password()).isEqualTo("Secret-1");
            assertThat(typed.port()).isEqualTo(gmail.smtpPort());
            assertThat(typed.username()).isEqualTo("alice@gmail.com");
            assertThat(gmail.imapProfileAsTyped(alice).password()).isEqualTo("Secret-1");
            assertThatThrownBy(() -> gmail.profile(alice)).isInstanceOf(IllegalStateException.class);
        }
    }
}
