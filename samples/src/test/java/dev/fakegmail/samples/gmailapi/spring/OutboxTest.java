package dev.fakegmail.samples.gmailapi.spring;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import java.io.IOException;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * {@code @FakeGmail(http = true)} on a Spring test: the context gets {@code fakegmail.gmail-api.*}, which the test maps
 * onto the application's own names; the refresh token the context was built with works again after the reset before
 * each test, as the app password does for {@code spring.mail.*}.
 */
// README: spring-gmail-api
@FakeGmail(http = true)
@SpringBootTest(classes = OutboxApplication.class, properties = {
        "outbox.gmail.root-url=${fakegmail.gmail-api.root-url}",
        "outbox.gmail.token-uri=${fakegmail.gmail-api.token-uri}",
        "outbox.gmail.client-id=${fakegmail.gmail-api.client-id}",
        "outbox.gmail.client-secret=${fakegmail.gmail-api.client-secret}",
        "outbox.gmail.refresh-token=${fakegmail.gmail-api.refresh-token}",
        "outbox.gmail.user=${fakegmail.gmail-api.user}"})
// README: end
@TestMethodOrder(OrderAnnotation.class)
class OutboxTest {

    @Autowired
    Outbox outbox;

    @Autowired
    Environment environment;

    @Test
    @Order(1)
    void aPasswordChangeStopsTheApplicationsRefresh(GmailAccount account, FakeGmailServer gmail) {
        account.changePassword("a new password, typed by the user");

        Throwable refused = catchThrowable(() -> outbox.send("zoe@example.com", "Welcome", "Hello Zoë"));

        assertThat(refused).isInstanceOf(IOException.class).hasMessageContaining("invalid_grant");
        assertThat(gmail.receivedMessages()).isEmpty();
    }

    @Test
    @Order(2)
    void sendsThroughTheGmailApiWithTheTokenTheContextWasBuiltWith(FakeGmailServer gmail) throws IOException {
        String id = outbox.send("zoe@example.com", "Welcome", "Hello Zoë");

        assertThat(gmail).singleMessage().hasSubject("Welcome");
        assertThat(id).isNotBlank();
        assertThat(gmail.receivedMessages().get(0).envelope().account()).isEqualTo("user@gmail.com");
        assertThat(gmail.receivedMessages().get(0).sessionId()).startsWith("GMAIL_API-");
    }

    @Test
    @Order(3)
    void thePropertiesAreTheFakesValuesAndTheirTokenIsLiveAfterTheReset(FakeGmailServer gmail) {
        String prefix = "fakegmail.gmail-api.";
        assertThat(environment.getProperty(prefix + "root-url")).isEqualTo(gmail.gmailApiRootUrl());
        assertThat(environment.getProperty(prefix + "token-uri")).isEqualTo(gmail.tokenUri().toString());
        assertThat(environment.getProperty(prefix + "user")).isEqualTo("user@gmail.com");
        assertThat(environment.getProperty(prefix + "scopes")).isEqualTo("https://mail.google.com/");
        assertThat(gmail.defaultAccount().refreshTokens()).singleElement().satisfies(token -> {
            assertThat(token.value()).isEqualTo(environment.getProperty(prefix + "refresh-token"));
            assertThat(token.client().clientId()).isEqualTo(environment.getProperty(prefix + "client-id"));
            assertThat(token.client().clientSecret()).isEqualTo(environment.getProperty(prefix + "client-secret"));
            assertThat(token.isRevoked()).isFalse();
        });
    }
}
