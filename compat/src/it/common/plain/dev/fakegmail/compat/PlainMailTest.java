package dev.fakegmail.compat;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.server.FakeGmailServer;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The README's first test, and what the row runs on, printed for the row's verify script. */
@FakeGmail
class PlainMailTest {

    @Test
    void sendsTheWelcomeMail(Session session, FakeGmailServer gmail) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom("user@gmail.com");
        message.setRecipients(Message.RecipientType.TO, "bob@example.com");
        message.setSubject("Welcome");
        message.setText("Hello Bob!");
        Transport.send(message);

        assertThat(gmail).singleMessage().hasSubject("Welcome").hasTo("bob@example.com").wasSentOverTls();
        System.out.println("compat: JUnit Jupiter engine " + versionOf("org.junit.jupiter.engine.JupiterTestEngine"));
        System.out.println("compat: SLF4J " + (present("org.slf4j.spi.SLF4JServiceProvider") ? "2" : "1.7")
                + " with " + LoggerFactory.getILoggerFactory().getClass().getName());
    }

    private static String versionOf(String className) throws ClassNotFoundException {
        return Class.forName(className).getPackage().getImplementationVersion();
    }

    private static boolean present(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
