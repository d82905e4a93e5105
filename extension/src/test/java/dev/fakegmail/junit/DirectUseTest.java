package dev.fakegmail.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.ReceivedMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The shortest use, run directly by Surefire: the annotation and a profile parameter, nothing more. */
@FakeGmail
class DirectUseTest {

    @Test
    void sends(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
        Mail.send(profile, "bob@example.com", "Hi Bob");

        ReceivedMessage received = gmail.awaitMessages(1, Duration.ofSeconds(10)).get(0);
        assertThat(received.subject()).isEqualTo("Hi Bob");
        assertThat(received.envelope().recipients()).containsExactly("bob@example.com");
        assertThat(profile.username()).isEqualTo("user@gmail.com");
    }
}
