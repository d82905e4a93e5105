package dev.fakegmail.assertions;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static dev.fakegmail.assertions.FakeGmailAssertions.assertThatGmailRejected;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.junit.Mail;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A user's first assertions, on a message that really went through SMTP: what they write must pass or say why. */
@FakeGmail
class TextBodyOverSmtpTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String NOT_REJECTED = "%nExpecting a send that Gmail rejected, but the throwable is null: "
            + "the send was not rejected (it succeeded, or its exception was caught before this assertion).%n"
            + "Check that the test sends what it means to be refused (the password, the account, the planned fault) "
            + "and that the throwable comes from that send: catchThrowable(() -> Transport.send(message)).";

    @Test
    void setTextArrivesWithSmtpsLineBreakAndHasTextStillMatches(Session session, FakeGmailServer gmail)
            throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom("user@gmail.com");
        message.setRecipients(Message.RecipientType.TO, "bob@example.com");
        message.setSubject("Welcome");
        message.setText("Hello Bob!");
        Transport.send(message);

        ReceivedMessage received = gmail.awaitMessages(1, WAIT).get(0);
        org.assertj.core.api.Assertions.assertThat(received.text()).isEqualTo("Hello Bob!\r\n");
        assertThat(received).hasText("Hello Bob!").hasText("Hello Bob!\n").hasText("Hello Bob!\r\n");
    }

    @Test
    void lineEndsInsideTheBodyMayBeWrittenEitherWay(Session session, FakeGmailServer gmail) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom("user@gmail.com");
        message.setRecipients(Message.RecipientType.TO, "bob@example.com");
        message.setText("Hello Bob,\nsee you.");
        Transport.send(message);

        assertThat(gmail).hasReceivedWithin(1, WAIT).singleMessage().hasText("Hello Bob,\nsee you.")
                .hasText("Hello Bob,\r\nsee you.\r\n");
    }

    @Test
    void onlyLineEndsAreIgnored(Session session, FakeGmailServer gmail) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom("user@gmail.com");
        message.setRecipients(Message.RecipientType.TO, "bob@example.com");
        message.setText("Hello Bob!");
        Transport.send(message);
        ReceivedMessage received = gmail.awaitMessages(1, WAIT).get(0);

        assertThatThrownBy(() -> assertThat(received).hasText("Hello Bob"))
                .hasMessage("%nExpecting the text body (ignoring line-end differences) of%n  " + received
                        + "%nto be:%n  \"Hello Bob\"%nbut was:%n  \"Hello Bob!\r\n\"", new Object[0]);
        assertThatThrownBy(() -> assertThat(received).hasText("Hello Bob!\n\n"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aSendThatWasNotRejectedSaysSo(GmailSmtpProfile profile) {
        Throwable thrown = catchThrowable(() -> Mail.send(profile, "bob@example.com", "accepted after all"));

        assertThatThrownBy(() -> assertThatGmailRejected(thrown).isBadCredentials())
                .isInstanceOf(AssertionError.class)
                .hasMessage(NOT_REJECTED, new Object[0]);
        assertThatThrownBy(() -> assertThatGmailRejected(null).hasReplyContaining("Username"))
                .hasMessage(NOT_REJECTED, new Object[0]);
    }
}
