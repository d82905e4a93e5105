package dev.fakegmail.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailApiProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * {@code @FakeGmail(http = true)} and the injected {@code GmailApiProfile}, as far as this module can go: its test
 * class path has no fake-gmail-http, so every case here is a misuse named word for word (the working injection is
 * tested in the samples, which have the HTTP side).
 */
class FakeGmailHttpTest {
    private static final String PREFIX = "FakeGmailHttpTest.";

    private static Throwable failureOf(Class<?> fixture) {
        return Fixtures.singleFailure(Fixtures.run(fixture));
    }

    @Test
    void httpWithoutTheHttpSideOnTheClassPathNamesTheArtifact() {
        assertThat(failureOf(HttpWithoutArtifact.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("@FakeGmail on class " + PREFIX + "HttpWithoutArtifact has http = true and "
                        + "cannot start: The fake Gmail's HTTP side (builder().http(true) or httpPort(n)) is not on the "
                        + "class path. Add the test dependency dev.fakegmail:fake-gmail-http:")
                .hasMessageEndingWith(", or leave HTTP off.");
    }

    @Test
    void aGmailApiProfileParameterWithoutHttpNamesTheFix() {
        assertThat(failureOf(ProfileWithoutHttp.class)).isInstanceOf(ParameterResolutionException.class)
                .hasMessage("Parameter 1 (GmailApiProfile) of method " + PREFIX + "ProfileWithoutHttp.test("
                        + "GmailApiProfile) needs the fake Gmail's HTTP side (its Gmail API door and /token), but "
                        + "@FakeGmail on class " + PREFIX + "ProfileWithoutHttp has http = false. Use @FakeGmail(http ="
                        + " true), with the test dependency dev.fakegmail:fake-gmail-http.");
    }

    @Test
    void aGmailApiProfileFieldWithoutHttpNamesTheFix() {
        assertThat(failureOf(ProfileFieldWithoutHttp.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Field " + PREFIX + "ProfileFieldWithoutHttp.api needs the fake Gmail's HTTP side (its "
                        + "Gmail API door and /token), but @FakeGmail on method " + PREFIX + "ProfileFieldWithoutHttp."
                        + "test() has http = false. Use @FakeGmail(http = true), with the test dependency "
                        + "dev.fakegmail:fake-gmail-http.");
    }

    @Test
    void scopesOnAnotherType() {
        assertThat(failureOf(ScopesOnAccount.class)).isInstanceOf(ParameterResolutionException.class)
                .hasMessage("@GmailApiScopes on parameter 1 (GmailAccount) of method " + PREFIX + "ScopesOnAccount.test("
                        + "GmailAccount) chooses the scopes of an injected GmailApiProfile, but the type is "
                        + "dev.fakegmail.server.GmailAccount. Use GmailApiProfile or remove @GmailApiScopes.");
    }

    @Test
    void scopesThatNameNone() {
        assertThat(failureOf(NoScopes.class)).isInstanceOf(ParameterResolutionException.class)
                .hasMessage("@GmailApiScopes on parameter 1 (GmailApiProfile) of method " + PREFIX + "NoScopes.test("
                        + "GmailApiProfile) needs one or more scopes, each one URL without spaces, but found [\"\"]. "
                        + "Name them like @GmailApiScopes({\"https://www.googleapis.com/auth/gmail.send\"}), or remove"
                        + " it for https://mail.google.com/.");
    }

    @Test
    void scopesOnAFieldWithoutInjectGmail() {
        assertThat(failureOf(ScopesWithoutInjectGmail.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@GmailApiScopes on field " + PREFIX + "ScopesWithoutInjectGmail.api has no effect without"
                        + " @InjectGmail. Add @InjectGmail to the field.");
    }

    @Test
    void httpPortWithoutHttp() {
        assertThat(failureOf(HttpPortWithoutHttp.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Invalid @FakeGmail on class " + PREFIX + "HttpPortWithoutHttp, attribute httpPort: it is "
                        + "0, but http is false, so no HTTP side is served. Add http = true, or remove httpPort.");
    }

    @Fixture
    @FakeGmail(http = true, smtpPort = 0, sslPort = 0, imapPort = 0)
    static class HttpWithoutArtifact {
        @Test
        void test() {
        }
    }

    @Fixture
    @FakeGmail(smtpPort = 0, sslPort = 0, imapPort = 0)
    static class ProfileWithoutHttp {
        @Test
        void test(GmailApiProfile api) {
        }
    }

    @Fixture
    static class ProfileFieldWithoutHttp {
        @InjectGmail
        GmailApiProfile api;

        @Test
        @FakeGmail(smtpPort = 0, sslPort = 0, imapPort = 0)
        void test() {
        }
    }

    @Fixture
    @FakeGmail(smtpPort = 0, sslPort = 0, imapPort = 0)
    static class ScopesOnAccount {
        @Test
        void test(@GmailApiScopes("https://www.googleapis.com/auth/gmail.send") GmailAccount account) {
        }
    }

    @Fixture
    @FakeGmail(smtpPort = 0, sslPort = 0, imapPort = 0)
    static class NoScopes {
        @Test
        void test(@GmailApiScopes("") GmailApiProfile api) {
        }
    }

    @Fixture
    @FakeGmail(smtpPort = 0, sslPort = 0, imapPort = 0)
    static class ScopesWithoutInjectGmail {
        @GmailApiScopes("https://www.googleapis.com/auth/gmail.send")
        GmailApiProfile api;

        @Test
        void test() {
        }
    }

    @Fixture
    @FakeGmail(httpPort = 0, smtpPort = 0, sslPort = 0, imapPort = 0)
    static class HttpPortWithoutHttp {
        @Test
        void test() {
        }
    }
}
