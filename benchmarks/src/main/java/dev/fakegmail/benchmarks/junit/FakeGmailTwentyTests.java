package dev.fakegmail.benchmarks.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fakegmail.benchmarks.fixtures.TestMessages;
import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Scenario 6, fake-gmail side: a test class as a user writes it, twenty tests that each send one message over
 * STARTTLS and check that it arrived. Run through the JUnit Platform launcher by {@link JUnitClassRun}, never by
 * the build's own test phase.
 */
@FakeGmail(smtpPort = 0, sslPort = 0)
class FakeGmailTwentyTests {

    @RepeatedTest(JUnitClassRun.TESTS)
    void sendsOneMessage(Session session, GmailSmtpProfile profile, FakeGmailServer gmail) throws MessagingException {
        Transport.send(TestMessages.text(session, profile.username(), TestMessages.SMALL_BODY));

        assertEquals(1, gmail.awaitMessages(1, Duration.ofSeconds(10)).size());
    }
}
