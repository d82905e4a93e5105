package dev.fakegmail.assertions;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.junit.Mail;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@FakeGmail
class FakeGmailServerAssertTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void passesForWhatTheServerReceived(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
        assertThat(gmail).hasReceived(0);
        Mail.send(profile, "bob@example.com", "first");
        Mail.send(profile, "carol@example.com", "second");

        assertThat(gmail).hasReceivedWithin(2, WAIT)
                .hasReceived(2)
                .hasReceivedMessageTo("BOB@example.com")
                .hasReceivedMessageFrom("user@gmail.com");
        assertThat(gmail).singleMessageTo("carol@example.com").hasSubject("second").wasSentOverTls();
    }

    @Test
    void singleMessage(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
        Mail.send(profile, "bob@example.com", "only");

        assertThat(gmail).hasReceivedWithin(1, WAIT).singleMessage().hasSubject("only").hasTo("bob@example.com");
    }

    @Test
    void countFailuresShowExpectedActualAndTheMessages(GmailSmtpProfile profile, FakeGmailServer gmail)
            throws Exception {
        assertThatThrownBy(() -> assertThat(gmail).hasReceived(1))
                .hasMessage("%nExpecting the fake Gmail to have received:%n  1 message(s)%nbut it received 0:%n  (none)",
                        new Object[0]);
        Mail.send(profile, "bob@example.com", "100% done");
        Mail.send(profile, "carol@example.com", "second");
        assertThat(gmail).hasReceivedWithin(2, WAIT);

        assertThatThrownBy(() -> assertThat(gmail).singleMessage())
                .hasMessageStartingWith("%nExpecting the fake Gmail to have received:%n  1 message(s)%nbut it received 2:%n"
                        .formatted())
                .hasMessageContaining("subject=100% done]")
                .hasMessageEndingWith("to=[carol@example.com], subject=second]");
        assertThatThrownBy(() -> assertThat(gmail).hasReceivedWithin(3, Duration.ofMillis(50)))
                .hasMessageStartingWith("%nExpecting the fake Gmail to receive:%n  3 message(s)%nwithin PT0.05S, but it "
                        .formatted() + "received 2:");
    }

    @Test
    void addressFailuresListWhatWasThere(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
        Mail.send(profile, "bob@example.com", "one");
        assertThat(gmail).hasReceivedWithin(1, WAIT);

        assertThatThrownBy(() -> assertThat(gmail).hasReceivedMessageTo("dave@example.com"))
                .hasMessage("%nExpecting the fake Gmail to have received a message to:%n  \"dave@example.com\"%n"
                        + "but the envelope recipients of its messages were:%n  [\"bob@example.com\"]", new Object[0]);
        assertThatThrownBy(() -> assertThat(gmail).hasReceivedMessageFrom("dave@gmail.com"))
                .hasMessage("%nExpecting the fake Gmail to have received a message from:%n  \"dave@gmail.com\"%n"
                        + "but the From headers of its messages were:%n  \"user@gmail.com\"", new Object[0]);
        assertThatThrownBy(() -> assertThat(gmail).singleMessageTo("dave@example.com"))
                .hasMessage("%nExpecting the fake Gmail to have received a single message to:%n  \"dave@example.com\"%n"
                        + "but it received 0:%n  (none)", new Object[0]);
    }

    @Test
    void anInterruptedWaitIsNotReportedAsMissingMessages(FakeGmailServer gmail) {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> assertThat(gmail).hasReceivedWithin(1, WAIT))
                    .isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessage("Interrupted while waiting for 1 messages; 0 had arrived");
        } finally {
            Thread.interrupted();
        }
    }
}
