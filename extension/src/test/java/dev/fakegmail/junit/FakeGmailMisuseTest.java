package dev.fakegmail.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.AppPassword;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailSmtpProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Every misuse fails with a message naming the element, what was expected, what was found, and the fix. */
class FakeGmailMisuseTest {
    private static final String PREFIX = "FakeGmailMisuseTest.";

    private static Throwable failureOf(Class<?> fixture) {
        return Fixtures.singleFailure(Fixtures.run(fixture));
    }

    @Test
    void accountOnAnUnsupportedType() {
        assertThat(failureOf(AccountOnString.class)).isInstanceOf(ParameterResolutionException.class)
                .hasMessage("@Account on parameter 1 (String) of method " + PREFIX + "AccountOnString.test(String) "
                        + "selects the account of a GmailSmtpProfile, GmailAccount, AppPassword, jakarta.mail.Session,"
                        + " ImapProfile, jakarta.mail.Store or GmailApiProfile, but the type is java.lang.String. Use one"
                        + " of those types or remove @Account.");
    }

    @Test
    void accountOnTheServer() {
        assertThat(failureOf(AccountOnServer.class)).isInstanceOf(ParameterResolutionException.class)
                .hasMessageStartingWith("@Account on parameter 1 (FakeGmailServer) of method " + PREFIX
                        + "AccountOnServer.test(FakeGmailServer) selects the account of")
                .hasMessageEndingWith("but the type is dev.fakegmail.server.FakeGmailServer. Use one of those types "
                        + "or remove @Account.");
    }

    @Test
    void blankAccount() {
        assertThat(failureOf(BlankAccount.class)).isInstanceOf(ParameterResolutionException.class)
                .hasMessage("@Account on parameter 1 (GmailAccount) of method " + PREFIX + "BlankAccount.test("
                        + "GmailAccount) names no address (it is blank). Give the account's address, e.g. "
                        + "@Account(\"alice@gmail.com\").");
    }

    @Test
    void sslOnAnUnsupportedType() {
        assertThat(failureOf(SslOnAccount.class)).isInstanceOf(ParameterResolutionException.class)
                .hasMessage("@Ssl on parameter 2 (GmailAccount) of method " + PREFIX + "SslOnAccount.test("
                        + "GmailSmtpProfile, GmailAccount) asks for the SSL variant of a GmailSmtpProfile or "
                        + "jakarta.mail.Session, but the type is dev.fakegmail.server.GmailAccount. Use one of those "
                        + "types or remove @Ssl.");
    }

    @Test
    void injectGmailOnAnUnsupportedType() {
        assertThat(failureOf(InjectGmailOnString.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@InjectGmail on field " + PREFIX + "InjectGmailOnString.address needs one of the types "
                        + "GmailSmtpProfile, FakeGmailServer, GmailAccount, AppPassword, jakarta.mail.Session, "
                        + "TestClock, ImapProfile or GmailApiProfile, but the type is java.lang.String. Change the field's"
                        + " type or remove @InjectGmail.");
    }

    @Test
    void injectGmailOnAFinalField() {
        assertThat(failureOf(InjectGmailOnFinal.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@InjectGmail on field " + PREFIX + "InjectGmailOnFinal.profile cannot set it: the field "
                        + "is final. Remove the final modifier.");
    }

    @Test
    void accountOnAFieldWithoutInjectGmail() {
        assertThat(failureOf(AccountWithoutInjectGmail.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@Account on field " + PREFIX + "AccountWithoutInjectGmail.profile has no effect without "
                        + "@InjectGmail. Add @InjectGmail to the field.");
    }

    @Test
    void unknownAccountOnAParameterListsTheConfiguredOnes() {
        assertThat(failureOf(UnknownAccountParameter.class)).isInstanceOf(ParameterResolutionException.class)
                .hasMessage("@Account(\"carol@gmail.com\") on parameter 1 (GmailSmtpProfile) of method " + PREFIX
                        + "UnknownAccountParameter.test(GmailSmtpProfile) names no account of the fake Gmail of "
                        + "@FakeGmail on class " + PREFIX + "UnknownAccountParameter; its accounts are "
                        + "[alice@gmail.com, bob@gmail.com]. Use one of those, or add \"carol@gmail.com\" to "
                        + "@FakeGmail(accounts = ...).");
    }

    @Test
    void unknownAccountOnAField() {
        assertThat(failureOf(UnknownAccountField.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@Account(\"carol@gmail.com\") on field " + PREFIX + "UnknownAccountField.carol names no "
                        + "account of the fake Gmail of @FakeGmail on method " + PREFIX + "UnknownAccountField.test(); "
                        + "its accounts are [user@gmail.com]. Use one of those, or add \"carol@gmail.com\" to "
                        + "@FakeGmail(accounts = ...).");
    }

    @Test
    void profileWithoutFakeGmail() {
        assertThat(failureOf(NoFakeGmailParameter.class)).isInstanceOf(ParameterResolutionException.class)
                .hasMessage("Parameter 1 (GmailSmtpProfile) of method " + PREFIX + "NoFakeGmailParameter.test("
                        + "GmailSmtpProfile) needs a fake Gmail, but no @FakeGmail applies to it. Annotate the class or "
                        + "method with @FakeGmail.");
    }

    @Test
    void instanceFieldWithoutFakeGmail() {
        assertThat(failureOf(NoFakeGmailField.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@InjectGmail on field " + PREFIX + "NoFakeGmailField.profile needs a fake Gmail, but no "
                        + "@FakeGmail applies to it. Annotate the class or method with @FakeGmail.");
    }

    @Test
    void staticFieldWithOnlyAMethodLevelFakeGmail() {
        assertThat(failureOf(StaticFieldMethodLevel.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@InjectGmail on static field " + PREFIX + "StaticFieldMethodLevel.profile: static fields "
                        + "are set before all tests from the class's fake Gmail, but no @FakeGmail is on " + PREFIX
                        + "StaticFieldMethodLevel or an enclosing class. Annotate the class with @FakeGmail, or make the "
                        + "field an instance field.");
    }

    @Test
    void appPasswordWithTwoStepVerificationOff() {
        assertThat(failureOf(AppPasswordWithoutTwoStep.class)).isInstanceOf(ParameterResolutionException.class)
                .hasMessage("Parameter 1 (AppPassword) of method " + PREFIX + "AppPasswordWithoutTwoStep.test("
                        + "AppPassword) needs the current app password of user@gmail.com, but the account has none "
                        + "(2-Step Verification is off). Keep @FakeGmail(twoStepVerification = true), the default, on "
                        + "class " + PREFIX + "AppPasswordWithoutTwoStep, or inject the GmailAccount instead.");
    }

    @Test
    void invalidFixedAppPassword() {
        assertThat(failureOf(InvalidAppPassword.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Invalid @FakeGmail on class " + PREFIX + "InvalidAppPassword, attribute appPassword: The "
                        + "fixed app password of account user@gmail.com must be 16 letters a-z (spaces allowed between "
                        + "groups), but it has 6 characters after removing spaces")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fixedAppPasswordWithTwoStepVerificationOff() {
        assertThat(failureOf(AppPasswordTwoStepOff.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Invalid @FakeGmail on method " + PREFIX + "AppPasswordTwoStepOff.test(), attribute "
                        + "appPassword and twoStepVerification: Account user@gmail.com has a fixed app password but "
                        + "2-Step Verification off; app passwords exist only while it is on. Keep twoStepVerification "
                        + "true or drop the app password.");
    }

    @Test
    void blankPassword() {
        assertThat(failureOf(BlankPassword.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Invalid @FakeGmail on class " + PREFIX + "BlankPassword, attribute password: The password "
                        + "of account user@gmail.com must not be empty or blank; give it at least one non-space "
                        + "character");
    }

    @Test
    void invalidAndDuplicateAccounts() {
        assertThat(failureOf(InvalidAccount.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Invalid @FakeGmail on class " + PREFIX + "InvalidAccount, attribute accounts: Account "
                        + "address 'alice' must contain exactly one '@' with text on both sides, e.g. alice@gmail.com");
        assertThat(failureOf(DuplicateAccounts.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Invalid @FakeGmail on class " + PREFIX + "DuplicateAccounts, attribute accounts: Two "
                        + "accounts have the address Alice@gmail.com (addresses are compared ignoring case); give each "
                        + "account its own address");
    }

    @Test
    void portOutOfRange() {
        assertThat(failureOf(PortOutOfRange.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Invalid @FakeGmail on class " + PREFIX + "PortOutOfRange, attribute sslPort: sslPort must "
                        + "be 0 (any free port) or 1-65535, was 70000");
    }

    @Test
    void instanceFieldsOfAPerClassInstanceWithConcurrentMethods() {
        Throwable failure = Fixtures.singleFailure(Fixtures.run(Fixtures.PARALLEL, SharedInstanceFields.class));
        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@InjectGmail instance fields of " + PREFIX + "SharedInstanceFields would be shared by test "
                        + "methods running concurrently (@TestInstance(PER_CLASS) with @Execution(CONCURRENT)), each "
                        + "with its own fake Gmail. Inject a parameter instead, or use the PER_METHOD lifecycle.");
    }

    @Fixture
    @FakeGmail
    static class AccountOnString {
        @Test
        void test(@Account("alice@gmail.com") String address) {
        }
    }

    @Fixture
    @FakeGmail
    static class AccountOnServer {
        @Test
        void test(@Account("alice@gmail.com") dev.fakegmail.server.FakeGmailServer gmail) {
        }
    }

    @Fixture
    @FakeGmail
    static class BlankAccount {
        @Test
        void test(@Account(" ") GmailAccount account) {
        }
    }

    @Fixture
    @FakeGmail
    static class SslOnAccount {
        @Test
        void test(GmailSmtpProfile profile, @Ssl GmailAccount account) {
        }
    }

    @Fixture
    @FakeGmail
    static class InjectGmailOnString {
        @InjectGmail
        String address;

        @Test
        void test() {
        }
    }

    @Fixture
    @FakeGmail
    static class InjectGmailOnFinal {
        @InjectGmail
        final GmailSmtpProfile profile = null;

        @Test
        void test() {
        }
    }

    @Fixture
    @FakeGmail
    static class AccountWithoutInjectGmail {
        @Account("user@gmail.com")
        GmailSmtpProfile profile;

        @Test
        void test() {
        }
    }

    @Fixture
    @FakeGmail(accounts = {"alice@gmail.com", "bob@gmail.com"})
    static class UnknownAccountParameter {
        @Test
        void test(@Account("carol@gmail.com") GmailSmtpProfile profile) {
        }
    }

    @Fixture
    static class UnknownAccountField {
        @InjectGmail
        @Account("carol@gmail.com")
        GmailAccount carol;

        @Test
        @FakeGmail
        void test() {
        }
    }

    @Fixture
    static class NoFakeGmailParameter {
        @Test
        void test(@Account("user@gmail.com") GmailSmtpProfile profile) {
        }
    }

    @Fixture
    static class NoFakeGmailField {
        @InjectGmail
        GmailSmtpProfile profile;

        @Test
        void test() {
        }
    }

    @Fixture
    static class StaticFieldMethodLevel {
        @InjectGmail
        static GmailSmtpProfile profile;

        @Test
        @FakeGmail
        void test() {
        }
    }

    @Fixture
    @FakeGmail(twoStepVerification = false)
    static class AppPasswordWithoutTwoStep {
        @Test
        void test(AppPassword appPassword) {
        }
    }

    @Fixture
    @FakeGmail(appPassword = "abcdef")
    static class InvalidAppPassword {
        @Test
        void test() {
        }
    }

    @Fixture
    static class AppPasswordTwoStepOff {
        @Test
        @FakeGmail(appPassword = "abcdefghijklmnop", twoStepVerification = false)
        void test() {
        }
    }

    @Fixture
    @FakeGmail(password = " ")
    static class BlankPassword {
        @Test
        void test() {
        }
    }

    @Fixture
    @FakeGmail(accounts = "alice")
    static class InvalidAccount {
        @Test
        void test() {
        }
    }

    @Fixture
    @FakeGmail(accounts = {"alice@gmail.com", "Alice@gmail.com"})
    static class DuplicateAccounts {
        @Test
        void test() {
        }
    }

    @Fixture
    @FakeGmail(sslPort = 70_000)
    static class PortOutOfRange {
        @Test
        void test() {
        }
    }

    @Fixture
    @FakeGmail
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Execution(ExecutionMode.CONCURRENT)
    static class SharedInstanceFields {
        @InjectGmail
        GmailSmtpProfile profile;

        @Test
        void test() {
        }
    }
}
