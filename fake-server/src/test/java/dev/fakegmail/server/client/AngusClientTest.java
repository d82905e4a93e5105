package dev.fakegmail.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.AppPassword;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.SmtpSecurity;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a real client (Angus Mail) sees through the profile's Session. */
class AngusClientTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeGmailServer gmail;
    private GmailAccount alice;

    @BeforeEach
    void start() {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0)
                .account(AccountSettings.of("alice@gmail.com").withPassword("Correct-Horse-1"))
                .build().start();
        alice = gmail.defaultAccount();
    }

    @AfterEach
    void stop() {
        gmail.close();
    }

    @ParameterizedTest
    @EnumSource(SmtpSecurity.class)
    void appPasswordDelivers(SmtpSecurity type) throws MessagingException {
        GmailSmtpProfile profile = gmail.profile(alice, type);

        Transport.send(message(profile.session(), "Hello over " + type));

        ReceivedMessage received = gmail.awaitMessages(1, WAIT).get(0);
        assertThat(received.subject()).isEqualTo("Hello over " + type);
        assertThat(received.envelope().account()).isEqualTo("alice@gmail.com");
        assertThat(received.envelope().mailFrom()).isEqualTo("alice@gmail.com");
        assertThat(received.envelope().recipients()).containsExactly("bob@example.com");
        assertThat(received.tlsProtocol()).isEqualTo("TLSv1.3");
        assertThat(received.text()).isEqualTo("Line one\r\n.line with a leading dot\r\n");
        assertThat(gmail.mailbox("bob@example.com", "INBOX")).hasSize(1);
        assertThat(gmail.mailbox("alice@gmail.com", "[Gmail]/Sent Mail")).hasSize(1);
    }

    @Test
    void accountPasswordNeedsAnAppPassword() {
        GmailSmtpProfile profile = gmail.profile().withPassword("Correct-Horse-1");

        assertThatThrownBy(() -> Transport.send(message(profile.session(), "refused")))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("534-5.7.9 Application-specific password required.")
                .hasMessageContaining("https://support.google.com/mail/?p=InvalidSecondFactor");
        assertThat(gmail.receivedMessages()).isEmpty();
    }

    @Test
    void changingThePasswordRevokesTheAppPassword() throws MessagingException {
        GmailSmtpProfile saved = gmail.profile();
        alice.changePassword("Another-Horse-2");

        assertThatThrownBy(() -> Transport.send(message(saved.session(), "with the old app password")))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("535-5.7.8 Username and Password not accepted.")
                .hasMessageContaining("https://support.google.com/mail/?p=BadCredentials");

        AppPassword fresh = alice.createAppPassword("Mail on my CRM");
        Transport.send(message(saved.withPassword(fresh.formatted()).session(), "with the new one"));
        assertThat(gmail.awaitMessages(1, WAIT)).extracting(ReceivedMessage::subject)
                .containsExactly("with the new one");
    }

    @Test
    void aClientThatDoesNotTrustTheTestCaFailsTheHandshake() throws Exception {
        Properties properties = gmail.profile().javaMailProperties();
        properties.put("mail.smtp.ssl.socketFactory", SSLContext.getDefault().getSocketFactory());
        Session session = Session.getInstance(properties);

        assertThatThrownBy(() -> Transport.send(message(session, "untrusted"), "alice@gmail.com", "whatever"))
                .isInstanceOf(MessagingException.class)
                .hasRootCauseMessage("unable to find valid certification path to requested target")
                .satisfies(e -> assertThat(causes(e)).anyMatch(SSLHandshakeException.class::isInstance));
        assertThat(gmail.receivedMessages()).isEmpty();
    }

    private static List<Throwable> causes(Throwable e) {
        return e.getCause() == null ? List.of(e) : java.util.stream.Stream.concat(
                java.util.stream.Stream.of(e), causes(e.getCause()).stream()).toList();
    }

    private static MimeMessage message(Session session, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("alice@gmail.com"));
        message.setRecipients(Message.RecipientType.TO, "bob@example.com");
        message.setSubject(subject);
        message.setText("Line one\n.line with a leading dot\n");
        return message;
    }
}
