package dev.fakegmail.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServer;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code profile.session()} logs in with the profile's password only when the caller gives none: a wrong password the
 * caller gives is refused as Gmail refuses it, not silently replaced (issue 11, trap 5).
 */
class ProfileSessionLoginTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String BAD_CREDENTIALS = "535-5.7.8 Username and Password not accepted. For more "
            + "information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials";

    private static FakeGmailServer gmail;

    @BeforeAll
    static void start() {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0)
                .account(AccountSettings.of("alice@gmail.com")).build().start();
    }

    @AfterAll
    static void stop() {
        gmail.close();
    }

    @BeforeEach
    void reset() {
        gmail.reset();
    }

    @ParameterizedTest
    @EnumSource(SmtpSecurity.class)
    void sendWithoutCredentialsLogsInWithTheProfilesPassword(SmtpSecurity type) throws MessagingException {
        Transport.send(message(gmail.profile(gmail.defaultAccount(), type).session(), "plain send"));

        ReceivedMessage received = gmail.awaitMessages(1, WAIT).get(0);
        assertThat(received.subject()).isEqualTo("plain send");
        assertThat(received.envelope().account()).isEqualTo("alice@gmail.com");
    }

    @Test
    void connectWithoutCredentialsLogsInWithTheProfilesPassword() throws MessagingException {
        Session session = gmail.profile().session();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            MimeMessage message = message(session, "connect()");
            transport.sendMessage(message, message.getAllRecipients());
        }

        assertThat(gmail.awaitMessages(1, WAIT)).extracting(ReceivedMessage::subject).containsExactly("connect()");
    }

    @Test
    void connectWithHostAndPortButNoPasswordLogsInToo() throws MessagingException {
        GmailSmtpProfile profile = gmail.profile();
        Session session = profile.session();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(profile.hostName(), profile.port(), profile.username(), null);
            MimeMessage message = message(session, "connect(host, port, user, null)");
            transport.sendMessage(message, message.getAllRecipients());
        }

        assertThat(gmail.awaitMessages(1, WAIT)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(SmtpSecurity.class)
    void aWrongPasswordTheCallerGivesIsRefusedWithGmailsReply(SmtpSecurity type) throws MessagingException {
        MimeMessage message = message(gmail.profile(gmail.defaultAccount(), type).session(), "wrong password");

        assertThatThrownBy(() -> Transport.send(message, "alice@gmail.com", "wrong"))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageStartingWith(BAD_CREDENTIALS);
        assertThat(gmail.receivedMessages()).isEmpty();
    }

    @Test
    void aWrongPasswordGivenToConnectIsRefusedToo() throws MessagingException {
        Session session = gmail.profile().session();
        try (Transport transport = session.getTransport("smtp")) {
            assertThatThrownBy(() -> transport.connect("alice@gmail.com", "wrong"))
                    .isInstanceOf(AuthenticationFailedException.class)
                    .hasMessageStartingWith(BAD_CREDENTIALS);
            assertThat(transport.isConnected()).isFalse();
        }
    }

    @Test
    void theRightPasswordTheCallerGivesIsUsed() throws MessagingException {
        GmailSmtpProfile profile = gmail.profile();

        Transport.send(message(profile.session(), "explicit"), profile.username(), profile.password());

        assertThat(gmail.awaitMessages(1, WAIT)).extracting(ReceivedMessage::subject).containsExactly("explicit");
    }

    private static MimeMessage message(Session session, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("alice@gmail.com"));
        message.setRecipients(Message.RecipientType.TO, "bob@example.com");
        message.setSubject(subject);
        message.setText("Hello Bob!");
        return message;
    }
}
