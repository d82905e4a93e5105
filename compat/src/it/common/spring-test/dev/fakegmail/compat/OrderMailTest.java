package dev.fakegmail.compat;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.server.FakeGmailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Two tests on a Spring context that another class shares: each sees only its own message. */
@FakeGmail
@SpringBootTest
class OrderMailTest {

    @Autowired
    ShopApplication.OrderMailer mailer;

    @Test
    void first(FakeGmailServer gmail) {
        mailer.confirm("bob@example.com", "OrderMailTest-1");

        assertThat(gmail).singleMessage().hasSubject("Order OrderMailTest-1 confirmed").wasSentOverTls();
    }

    @Test
    void second(FakeGmailServer gmail) {
        mailer.confirm("bob@example.com", "OrderMailTest-2");

        assertThat(gmail).singleMessage().hasSubject("Order OrderMailTest-2 confirmed").wasSentOverTls();
    }
}
