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
class InvoiceMailTest {

    @Autowired
    ShopApplication.OrderMailer mailer;

    @Test
    void first(FakeGmailServer gmail) {
        mailer.confirm("bob@example.com", "InvoiceMailTest-1");

        assertThat(gmail).singleMessage().hasSubject("Order InvoiceMailTest-1 confirmed").wasSentOverTls();
    }

    @Test
    void second(FakeGmailServer gmail) {
        mailer.confirm("bob@example.com", "InvoiceMailTest-2");

        assertThat(gmail).singleMessage().hasSubject("Order InvoiceMailTest-2 confirmed").wasSentOverTls();
    }
}
