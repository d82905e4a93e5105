package dev.fakegmail.junit;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static dev.fakegmail.assertions.FakeGmailAssertions.assertThatGmailRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailFault;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.Stage;
import dev.fakegmail.server.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The test clock and @InjectFault through the extension, run as JUnit runs its own extension tests. */
class FakeGmailPolicyTest {

    @Test
    void theClockIsInjectedAndTheResetRewindsIt() {
        Fixtures.assertAllSucceeded(Fixtures.run(ClockFixture.class), 2);
    }

    @Test
    void injectFaultOnMethodsAndClassesStrikesOnlyThatTest() {
        Fixtures.assertAllSucceeded(Fixtures.run(FaultFixture.class, ClassFaultFixture.class), 4);
    }

    @Test
    void injectFaultWithoutFakeGmail() {
        assertThat(Fixtures.singleFailure(Fixtures.run(FaultWithoutGmail.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@InjectFault on method FakeGmailPolicyTest.FaultWithoutGmail.test() needs a fake Gmail, but "
                        + "no @FakeGmail applies to it. Annotate the class or method with @FakeGmail.");
    }

    @Test
    void injectFaultWithAnOccurrenceBelowOne() {
        assertThat(Fixtures.singleFailure(Fixtures.run(FaultAtOccurrenceZero.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@InjectFault(occurrence = 0) on method FakeGmailPolicyTest.FaultAtOccurrenceZero.test(): "
                        + "occurrences count from 1 (the first in the test). Use occurrence = 1 or more, or always = true.");
    }

    @Fixture
    @FakeGmail
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ClockFixture {
        @Test
        @Order(1)
        void anHourLaterTheTokenIsRefused(FakeGmailServer gmail, GmailAccount account, TestClock clock)
                throws Exception {
            GmailSmtpProfile oauth = gmail.oauthProfile(account);
            Mail.send(oauth, "bob@example.com", "with a fresh token");
            clock.advance(Duration.ofHours(1));
            assertThatThrownBy(() -> Mail.send(oauth, "bob@example.com", "expired"))
                    .hasMessageContaining("334 eyJzdGF0dXMiOiI0MDAi");
            assertThat(gmail).hasReceived(1).singleMessage().wasAuthenticatedByOAuth();
        }

        @Test
        @Order(2)
        void theNextTestStartsFromTheRealTime(TestClock clock) {
            assertThat(clock.advanced()).isEqualTo(Duration.ZERO);
        }
    }

    @Fixture
    @FakeGmail
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class FaultFixture {
        @Test
        @Order(1)
        @InjectFault(stage = Stage.DATA, value = GmailFault.DAILY_LIMIT)
        void theFirstSendHitsTheFault(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            assertThatThrownBy(() -> Mail.send(profile, "bob@example.com", "refused"))
                    .satisfies(e -> assertThatGmailRejected(e).isDailySendingLimitExceeded());
            Mail.send(profile, "bob@example.com", "the second goes through");
            assertThat(gmail).hasReceived(1).hasFaultsStruck(1).hasFaultStruckAt(Stage.DATA);
        }

        @Test
        @Order(2)
        void theNextTestHasNoFault(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            Mail.send(profile, "bob@example.com", "fine");
            assertThat(gmail).hasReceived(1).hasFaultsStruck(0);
        }
    }

    @Fixture
    @FakeGmail
    @InjectFault(stage = Stage.DATA, value = GmailFault.RATE_LIMITED, occurrence = 2)
    static class ClassFaultFixture {
        @Test
        void everyTestGetsTheClassFault(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            Mail.send(profile, "bob@example.com", "first");
            assertThatThrownBy(() -> Mail.send(profile, "bob@example.com", "second"))
                    .satisfies(e -> assertThatGmailRejected(e).isTemporarySystemProblem());
            assertThat(gmail).hasReceived(1);
        }

        @Test
        void againInTheNextTest(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            everyTestGetsTheClassFault(profile, gmail);
        }
    }

    @Fixture
    static class FaultWithoutGmail {
        @Test
        @InjectFault(stage = Stage.MAIL, value = GmailFault.DAILY_LIMIT)
        void test() {
        }
    }

    @Fixture
    @FakeGmail
    static class FaultAtOccurrenceZero {
        @Test
        @InjectFault(stage = Stage.MAIL, value = GmailFault.DAILY_LIMIT, occurrence = 0)
        void test() {
        }
    }
}
