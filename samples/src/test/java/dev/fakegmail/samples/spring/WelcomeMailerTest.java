package dev.fakegmail.samples.spring;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.server.FakeGmailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The README's Spring Boot test: nothing but {@code @FakeGmail} and {@code @SpringBootTest}. Before the context
 * starts, {@code @FakeGmail} sets {@code spring.mail.*} and an SSL bundle holding the fake's CA, so Spring Boot's
 * {@code JavaMailSender} verifies the certificate and the host name for real; the test is injected the same fake.
 */
// README: spring
@FakeGmail
@SpringBootTest(classes = NewsletterApplication.class)
class WelcomeMailerTest {

    @Autowired
    WelcomeMailer welcomeMailer;

    @Test
    void sendsTheWelcomeMailThroughGmail(FakeGmailServer gmail) {
        welcomeMailer.welcome("zoe@example.com", "Zoë");

        assertThat(gmail).singleMessage().hasSubject("Welcome to the newsletter, Zoë").wasSentOverTls();
    }
}
// README: end
