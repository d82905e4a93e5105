package dev.fakegmail.samples.plain;

// README: own-session
import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;

@FakeGmail
class OwnSessionTest {

    @Test
    void sendsWithTheApplicationsOwnSession(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
        Properties properties = new Properties();          // what the application configures for smtp.gmail.com
        properties.put("mail.smtp.host", profile.hostName());
        properties.put("mail.smtp.port", String.valueOf(profile.port()));
        properties.put("mail.smtp.auth", "true");
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.starttls.required", "true");
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        // the one test-only setting: trust the fake's test CA (and nothing else) instead of the JDK's trust store
        properties.put("mail.smtp.ssl.socketFactory", profile.certificateAuthority().socketFactory());

        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(profile.username());
        message.setRecipients(Message.RecipientType.TO, "bob@example.com");
        message.setSubject("Welcome");
        message.setText("Hello Bob!");
        Transport.send(message, profile.username(), profile.password());

        assertThat(gmail).singleMessage().hasSubject("Welcome").hasText("Hello Bob!").wasSentOverTls();
    }
}
// README: end
