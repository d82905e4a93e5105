package dev.fakegmail.samples.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The server without JUnit's help: build, start, take the profile, send, read what Gmail received. */
class ProgrammaticUseTest {

    @Test
    void sendsThroughTheFakeGmail() throws Exception {
        // README: programmatic
        try (FakeGmailServer gmail = FakeGmailServer.builder().build().start()) {
            GmailSmtpProfile profile = gmail.profile();          // STARTTLS, user@gmail.com, its app password

            MimeMessage message = new MimeMessage(profile.session());
            message.setFrom(profile.username());
            message.setRecipients(Message.RecipientType.TO, "bob@example.com");
            message.setSubject("Hello from the fake Gmail");
            message.setText("It verified the certificate and logged in with an app password.");
            Transport.send(message);

            ReceivedMessage received = gmail.awaitMessages(1, Duration.ofSeconds(5)).get(0);
            assertThat(received.subject()).isEqualTo("Hello from the fake Gmail");
            assertThat(received.envelope().recipients()).containsExactly("bob@example.com");
        }
        // README: end
    }
}
