package dev.fakegmail.assertions;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThatGmailRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.junit.Mail;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailSmtpProfile;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.util.Properties;
import org.junit.jupiter.api.Test;

@FakeGmail
class GmailRejectionAssertTest {
    private static final String BAD_CREDENTIALS = "535-5.7.8 Username and Password not accepted. For more information, "
            + "go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1b2c3 - gsmtp\n";

    @Test
    void aWrongPasswordIsBadCredentials(GmailSmtpProfile profile) {
        Throwable thrown = catchThrowable(() -> Mail.send(profile.withPassword("wrongwrongwrongw"), "bob@example.com",
                "refused"));

        assertThat(thrown).isInstanceOf(AuthenticationFailedException.class);
        assertThatGmailRejected(thrown).isBadCredentials()
                .hasReplyCode(535).hasEnhancedStatusCode("5.7.8").hasHelpKey("BadCredentials")
                .hasReplyContaining("Username and Password not accepted");
    }

    @Test
    void theAccountPasswordNeedsAnAppPassword(GmailSmtpProfile profile, GmailAccount account) {
        Throwable thrown = catchThrowable(() -> Mail.send(profile.withPassword(account.password()), "bob@example.com",
                "refused"));

        assertThatGmailRejected(thrown).isAppPasswordRequired();
    }

    @Test
    void sendingWithoutLoginNeedsAuthentication(GmailSmtpProfile profile) {
        Properties properties = profile.javaMailProperties();
        properties.setProperty("mail.smtp.auth", "false");

        Throwable thrown = catchThrowable(() -> Mail.send(Session.getInstance(properties), profile.username(),
                "bob@example.com", "refused"));

        assertThatGmailRejected(thrown).isAuthenticationRequired();
    }

    @Test
    void findsTheReplyInTheCauseChain() {
        Exception wrapped = new IllegalStateException("Mail delivery failed",
                new MessagingException("Sending failed", new AuthenticationFailedException(BAD_CREDENTIALS)));

        assertThatGmailRejected(wrapped).isBadCredentials();
    }

    @Test
    void failuresShowTheReplyExpectedAndFound() {
        Throwable thrown = new AuthenticationFailedException(BAD_CREDENTIALS);
        String reply = "535-5.7.8 Username and Password not accepted. For more information, go to\n"
                + "535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1b2c3 - gsmtp";

        assertThatThrownBy(() -> assertThatGmailRejected(thrown).hasReplyCode(534))
                .hasMessage("%nExpecting the Gmail reply%n  " + reply + "%nto have the reply code:%n  534%n"
                        + "but it had:%n  535", new Object[0]);
        assertThatThrownBy(() -> assertThatGmailRejected(thrown).hasEnhancedStatusCode("5.7.9"))
                .hasMessageEndingWith("to have the enhanced status code:%n  \"5.7.9\"%nbut it had:%n  \"5.7.8\""
                        .formatted());
        assertThatThrownBy(() -> assertThatGmailRejected(thrown).isAppPasswordRequired())
                .hasMessageEndingWith("to have the reply code:%n  534%nbut it had:%n  535".formatted());
        assertThatThrownBy(() -> assertThatGmailRejected(thrown).hasHelpKey("WantAuthError"))
                .hasMessageEndingWith("to have the help URL key:%n  \"WantAuthError\"%nbut it had:%n  \"BadCredentials\""
                        .formatted());
    }

    @Test
    void failsWhenNoReplyIsCarried() {
        Throwable thrown = new IllegalStateException("Connection refused", new java.io.IOException("port 587 closed"));

        assertThatThrownBy(() -> assertThatGmailRejected(thrown).isBadCredentials())
                .hasMessage("%nExpecting%n  java.lang.IllegalStateException: Connection refused%nto carry a Gmail reply "
                        + "such as 535-5.7.8 Username and Password not accepted, but neither it nor its causes hold an "
                        + "SMTP reply. The chain:%n  java.lang.IllegalStateException: Connection refused%n"
                        + "  java.io.IOException: port 587 closed", new Object[0]);
    }
}
