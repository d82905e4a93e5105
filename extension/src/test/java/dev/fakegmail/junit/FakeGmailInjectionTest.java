package dev.fakegmail.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.AppPassword;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.SmtpSecurity;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Session;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What can be injected where: every type, lifecycle methods, accounts, SSL, fields. */
class FakeGmailInjectionTest {

    @Test
    void injectsEveryTypeConsistently() {
        Fixtures.assertAllSucceeded(Fixtures.run(EveryType.class), 1);
    }

    @Test
    void injectsIntoLifecycleMethodsAfterTheReset() {
        Fixtures.assertAllSucceeded(Fixtures.run(LifecycleMethods.class), 1);
    }

    @Test
    void accountSelectsOneOfSeveralAccounts() {
        Fixtures.assertAllSucceeded(Fixtures.run(SeveralAccounts.class), 1);
    }

    @Test
    void sslSelectsTheImplicitTlsVariantAndTypeSetsTheDefault() {
        Fixtures.assertAllSucceeded(Fixtures.run(SslVariants.class, SslByDefault.class), 2);
    }

    @Test
    void setsStaticAndInstanceFields() {
        Fixtures.assertAllSucceeded(Fixtures.run(Fields.class), 2);
    }

    @Test
    void withTwoStepVerificationOffTheProfileCarriesTheAccountPasswordThatGmailRefuses() {
        Fixtures.assertAllSucceeded(Fixtures.run(TwoStepVerificationOff.class), 1);
    }

    @Fixture
    @FakeGmail
    static class EveryType {
        @Test
        void test(GmailSmtpProfile profile, FakeGmailServer gmail, GmailAccount account, AppPassword appPassword,
                  Session session) throws Exception {
            assertThat(account).isSameAs(gmail.defaultAccount());
            assertThat(appPassword).isEqualTo(account.currentAppPassword().orElseThrow());
            assertThat(profile).isEqualTo(gmail.profile());
            assertThat(profile.password()).isEqualTo(appPassword.value());
            assertThat(session.getProperty("mail.smtp.port")).isEqualTo(Integer.toString(gmail.smtpPort()));
            Mail.send(session, profile.username(), "bob@example.com", "via session");
            assertThat(gmail.awaitMessages(1, Duration.ofSeconds(10)).get(0).subject()).isEqualTo("via session");
        }
    }

    @Fixture
    @FakeGmail
    static class LifecycleMethods {
        private static FakeGmailServer beforeAll;

        @BeforeAll
        static void beforeAll(FakeGmailServer gmail) {
            beforeAll = gmail;
        }

        @BeforeEach
        void sendsBeforeEach(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            assertThat(gmail).isSameAs(beforeAll);
            assertThat(gmail.receivedMessages()).isEmpty();
            Mail.send(profile, "bob@example.com", "before each");
        }

        @Test
        void test(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            assertThat(gmail.awaitMessages(1, Duration.ofSeconds(10))).hasSize(1);
            Mail.send(profile, "bob@example.com", "test");
        }

        @AfterEach
        void afterEach(FakeGmailServer gmail) {
            assertThat(gmail.awaitMessages(2, Duration.ofSeconds(10))).hasSize(2);
        }

        @AfterAll
        static void afterAll(FakeGmailServer gmail) {
            assertThat(gmail).isSameAs(beforeAll);
            assertThat(gmail.smtpPort()).isPositive();
        }
    }

    @Fixture
    @FakeGmail(accounts = {"alice@gmail.com", "bob@gmail.com"})
    static class SeveralAccounts {
        @Test
        void test(GmailSmtpProfile alice, @Account("bob@gmail.com") GmailSmtpProfile bob,
                  @Account("BOB@gmail.com") GmailAccount bobAccount, @Account("bob@gmail.com") AppPassword bobPassword,
                  @Account("bob@gmail.com") Session bobSession, FakeGmailServer gmail) throws Exception {
            assertThat(alice.username()).isEqualTo("alice@gmail.com");
            assertThat(bob.username()).isEqualTo("bob@gmail.com");
            assertThat(bobAccount).isSameAs(gmail.account("bob@gmail.com"));
            assertThat(bob.password()).isEqualTo(bobPassword.value()).isNotEqualTo(alice.password());
            Mail.send(bobSession, "bob@gmail.com", "alice@gmail.com", "from bob");
            assertThat(gmail.awaitMessages(1, Duration.ofSeconds(10)).get(0).envelope().account())
                    .isEqualTo("bob@gmail.com");
        }
    }

    @Fixture
    @FakeGmail
    static class SslVariants {
        @Test
        void test(GmailSmtpProfile startTls, @Ssl GmailSmtpProfile ssl, @Ssl Session sslSession, FakeGmailServer gmail)
                throws Exception {
            assertThat(startTls.type()).isEqualTo(SmtpSecurity.STARTTLS);
            assertThat(startTls.port()).isEqualTo(gmail.smtpPort());
            assertThat(ssl.type()).isEqualTo(SmtpSecurity.SSL);
            assertThat(ssl.port()).isEqualTo(gmail.sslPort());
            assertThat(sslSession.getProperty("mail.smtp.ssl.enable")).isEqualTo("true");
            Mail.send(ssl, "bob@example.com", "over ssl");
            Mail.send(sslSession, ssl.username(), "bob@example.com", "over ssl session");
            assertThat(gmail.awaitMessages(2, Duration.ofSeconds(10))).hasSize(2);
        }
    }

    @Fixture
    @FakeGmail(type = SmtpSecurity.SSL)
    static class SslByDefault {
        @Test
        void test(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            assertThat(profile.type()).isEqualTo(SmtpSecurity.SSL);
            assertThat(profile.port()).isEqualTo(gmail.sslPort());
            Mail.send(profile, "bob@example.com", "ssl by default");
        }
    }

    @Fixture
    @FakeGmail(accounts = {"alice@gmail.com", "bob@gmail.com"})
    static class Fields {
        @InjectGmail
        static GmailSmtpProfile staticProfile;
        @InjectGmail
        static FakeGmailServer staticServer;

        @InjectGmail
        GmailSmtpProfile profile;
        @InjectGmail
        @Ssl
        GmailSmtpProfile sslProfile;
        @InjectGmail
        FakeGmailServer server;
        @InjectGmail
        @Account("bob@gmail.com")
        GmailAccount bob;
        @InjectGmail
        @Account("bob@gmail.com")
        AppPassword bobPassword;
        @InjectGmail
        @Account("bob@gmail.com")
        @Ssl
        Session bobSession;

        @BeforeAll
        static void staticFieldsAreSetBeforeAll() {
            assertThat(staticServer).isNotNull();
            assertThat(staticProfile.password()).isEqualTo(staticServer.profile().password());
        }

        @Test
        void first(GmailSmtpProfile parameter) throws Exception {
            fieldsHoldTheTestsValues(parameter);
        }

        @Test
        void second(GmailSmtpProfile parameter) throws Exception {
            fieldsHoldTheTestsValues(parameter);
        }

        private void fieldsHoldTheTestsValues(GmailSmtpProfile parameter) throws Exception {
            assertThat(server).isSameAs(staticServer);
            assertThat(staticProfile).as("refreshed after the reset").isEqualTo(parameter);
            assertThat(profile).isEqualTo(parameter);
            assertThat(sslProfile.type()).isEqualTo(SmtpSecurity.SSL);
            assertThat(bob).isSameAs(server.account("bob@gmail.com"));
            assertThat(bobPassword).isEqualTo(bob.currentAppPassword().orElseThrow());
            Mail.send(staticProfile, "bob@example.com", "static");
            Mail.send(bobSession, "bob@gmail.com", "alice@gmail.com", "field session");
            assertThat(server.awaitMessages(2, Duration.ofSeconds(10))).hasSize(2);
        }
    }

    @Fixture
    @FakeGmail(twoStepVerification = false, password = "the account password")
    static class TwoStepVerificationOff {
        @Test
        void test(GmailSmtpProfile profile, GmailAccount account) {
            assertThat(account.isTwoStepVerificationOn()).isFalse();
            assertThat(profile.password()).isEqualTo("the account password");
            assertThatThrownBy(() -> Mail.send(profile, "bob@example.com", "refused"))
                    .isInstanceOf(AuthenticationFailedException.class)
                    .hasMessageContaining("535-5.7.8 Username and Password not accepted");
        }
    }
}
