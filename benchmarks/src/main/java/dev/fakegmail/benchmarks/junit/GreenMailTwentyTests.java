package dev.fakegmail.benchmarks.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.fakegmail.benchmarks.fixtures.GreenMailFixture;
import dev.fakegmail.benchmarks.fixtures.GreenMailFixture.Protocol;
import dev.fakegmail.benchmarks.fixtures.TestMessages;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 6, GreenMail side: the same twenty tests with GreenMail's JUnit 5 extension in its default lifecycle (a
 * server per test), plain SMTP with AUTH.
 */
class GreenMailTwentyTests {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(GreenMailFixture.setup(Protocol.SMTP))
            .withConfiguration(GreenMailFixture.configuration());

    @RepeatedTest(JUnitClassRun.TESTS)
    void sendsOneMessage() throws MessagingException {
        Session session = GreenMailFixture.session(Protocol.SMTP, GREEN_MAIL.getSmtp().getPort());
        Transport.send(TestMessages.text(session, GreenMailFixture.USER, TestMessages.SMALL_BODY));

        assertTrue(GREEN_MAIL.waitForIncomingEmail(10_000, 1));
        assertEquals(1, GREEN_MAIL.getReceivedMessages().length);
    }
}
