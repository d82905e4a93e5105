package dev.fakegmail.junit;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.FakeGmailServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A project without Spring: run by the build's {@code without-spring} Surefire execution, whose class path has no
 * Spring jar (Spring is an optional dependency of the extension). The extension's lifecycle, injection and misuse
 * suites run there too; any Spring class the extension tried to load would fail them with {@code NoClassDefFoundError}.
 */
@EnabledIfSystemProperty(named = "fakegmail.without-spring", matches = "true")
class WithoutSpringTest {

    @Test
    void theClassPathHasNoSpring() {
        assertThatThrownBy(() -> Class.forName("org.springframework.context.ApplicationContext"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.springframework.test.context.junit.jupiter.SpringExtension"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @FakeGmail
    @Nested
    class OnAClass {
        @Test
        void sendsThroughTheInjectedSession(Session session, FakeGmailServer gmail) throws MessagingException {
            MimeMessage message = new MimeMessage(session);
            message.setFrom("user@gmail.com");
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("bob@example.com"));
            message.setSubject("No Spring here");
            message.setText("Hello");
            Transport.send(message);

            assertThat(gmail).singleMessage().hasSubject("No Spring here").wasSentOverTls();
        }
    }
}
