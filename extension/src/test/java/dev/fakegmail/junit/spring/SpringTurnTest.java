package dev.fakegmail.junit.spring;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.junit.Fixture;
import dev.fakegmail.junit.Fixtures;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Tests of classes sharing a Spring context take turns with its fake Gmail. The extension ends each turn after the
 * test itself, so the next test never depends on how the running JUnit closes store values (JUnit 5.10 to 5.12 close
 * only {@code Store.CloseableResource} values: with the turn left to them, the second test waited for ever). A wait
 * that cannot end has a limit and a message.
 */
class SpringTurnTest {
    private static final String TURN_TIMEOUT = "fakegmail.spring.turn.timeout";

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void classesSharingAContextTakeTurnsWhenJUnitClosesOnlyCloseableResources() {
        Map<String, String> asJUnit512 = new HashMap<>(Fixtures.PARALLEL);
        asJUnit512.put("junit.jupiter.extensions.store.close.autocloseable.enabled", "false");

        Fixtures.assertAllSucceeded(Fixtures.run(asJUnit512, TurnsA.class, TurnsB.class), 4);
    }

    @Test
    void aTestThatWaitsLongerThanTheLimitFailsNamingTheTestThatHoldsTheServer() {
        Map<String, String> oneSecond = new HashMap<>(Fixtures.PARALLEL);
        oneSecond.put(TURN_TIMEOUT, "1");

        Throwable failure = Fixtures.singleFailure(Fixtures.run(oneSecond, HoldsA.class, HoldsB.class));

        assertThat(failure).hasMessageMatching("test SpringTurnTest\\.Holds([AB])\\.holdsTheServer\\(FakeGmailServer\\) "
                + "waited 1 s for the fake Gmail of its Spring context, which test SpringTurnTest\\.Holds(?!\\1)[AB]"
                + "\\.holdsTheServer\\(FakeGmailServer\\) has been using for [1-3] s\\. Tests of classes that share "
                + "a Spring context \\(the same @FakeGmail and Spring configuration\\) take turns with its fake Gmail; "
                + "a turn ends when its test ends\\. Give the classes separate Spring contexts \\(different @FakeGmail "
                + "settings, e\\.g\\. accounts\\), or allow a longer wait: fakegmail\\.spring\\.turn\\.timeout="
                + "<seconds> in src/test/resources/junit-platform\\.properties\\.");
    }

    @Test
    void aTimeoutThatIsNotAWholeNumberOfSecondsIsRefusedWithTheFix() {
        Throwable failure = Fixtures.singleFailure(Fixtures.run(Map.of(TURN_TIMEOUT, "2m"), OneTest.class));

        assertThat(failure).hasMessage("The JUnit configuration parameter fakegmail.spring.turn.timeout must be a "
                + "whole number of seconds above 0 but was '2m'. Set it, e.g. fakegmail.spring.turn.timeout=300, in "
                + "src/test/resources/junit-platform.properties.");
    }

    /** Two tests that each send one message and see only that one. */
    abstract static class Sending {
        @Autowired
        JavaMailSender sender;

        @Test
        void first(FakeGmailServer gmail, GmailSmtpProfile profile) {
            sendsAndSeesOnlyItsOwn(gmail, profile);
        }

        @Test
        void second(FakeGmailServer gmail, GmailSmtpProfile profile) {
            sendsAndSeesOnlyItsOwn(gmail, profile);
        }

        private void sendsAndSeesOnlyItsOwn(FakeGmailServer gmail, GmailSmtpProfile profile) {
            String subject = getClass().getSimpleName() + " " + System.nanoTime();
            sender.send(MailApps.message(profile.username(), subject));
            assertThat(gmail).singleMessage().hasSubject(subject);
        }
    }

    @Fixture
    @FakeGmail(accounts = "turns@gmail.com")
    @SpringBootTest(classes = MailApps.BootMail.class)
    static class TurnsA extends Sending {
    }

    @Fixture
    @FakeGmail(accounts = "turns@gmail.com")
    @SpringBootTest(classes = MailApps.BootMail.class)
    static class TurnsB extends Sending {
    }

    /** Holds the shared server for three seconds. */
    abstract static class Holding {
        @Test
        void holdsTheServer(FakeGmailServer gmail) throws InterruptedException {
            Thread.sleep(3000);
        }
    }

    @Fixture
    @FakeGmail(accounts = "holds@gmail.com")
    @SpringBootTest(classes = MailApps.BootMail.class)
    static class HoldsA extends Holding {
    }

    @Fixture
    @FakeGmail(accounts = "holds@gmail.com")
    @SpringBootTest(classes = MailApps.BootMail.class)
    static class HoldsB extends Holding {
    }

    @Fixture
    @FakeGmail(accounts = "one@gmail.com")
    @SpringBootTest(classes = MailApps.BootMail.class)
    static class OneTest {
        @Test
        void test(FakeGmailServer gmail) {
        }
    }
}
