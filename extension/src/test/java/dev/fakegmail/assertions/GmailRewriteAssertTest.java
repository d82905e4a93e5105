package dev.fakegmail.assertions;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.Envelope;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.ReceivedMessages;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Assertions on what Gmail changed: the From rewrite, headers it added, OAuth. */
class GmailRewriteAssertTest {
    private static final String SUBMITTED = "From: Shop <noreply@company.example>\r\nSubject: Hi\r\n\r\nbody\r\n";
    private static final String DELIVERED = "Received: from client ([127.0.0.1])\r\n        by smtp.gmail.com\r\n"
            + "From: Shop <alice@gmail.com>\r\nX-Google-Original-From: Shop <noreply@company.example>\r\n"
            + "Subject: Hi\r\nMessage-ID: <1.2.3.4@mx.google.com>\r\n\r\nbody\r\n";

    private static ReceivedMessage message(String delivered, String submitted, String mechanism) {
        return ReceivedMessages.of(new Envelope("alice@gmail.com", "alice@gmail.com", List.of("bob@example.com")),
                "a1b2c3d4e5", "TLSv1.3", "TLS_AES_256_GCM_SHA384", mechanism, Instant.EPOCH,
                delivered.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aRewrittenFromAndTheHeadersGmailAdded() {
        ReceivedMessage rewritten = message(DELIVERED, SUBMITTED, "XOAUTH2");

        assertThat(rewritten).hasFromRewrittenFrom("noreply@company.example").isFrom("alice@gmail.com")
                .hasHeaderAddedByGmail("Message-ID").hasHeaderAddedByGmail("Received").wasAuthenticatedByOAuth();
        assertThatThrownBy(() -> assertThat(rewritten).hasFromUnchanged())
                .hasMessageContaining("Expecting the original From (X-Google-Original-From) of")
                .hasMessageContaining("Shop <noreply@company.example>");
        assertThatThrownBy(() -> assertThat(rewritten).hasHeaderAddedByGmail("Subject"))
                .hasMessageContaining("Expecting Gmail to have added the header")
                .hasMessageContaining("but it was already in the submitted message");
    }

    @Test
    void anUnchangedFrom() {
        ReceivedMessage kept = message(SUBMITTED, SUBMITTED, "PLAIN");

        assertThat(kept).hasFromUnchanged();
        assertThatThrownBy(() -> assertThat(kept).hasFromRewrittenFrom("noreply@company.example"))
                .hasMessageContaining("(From was not rewritten)");
        assertThatThrownBy(() -> assertThat(kept).wasAuthenticatedByOAuth())
                .hasMessageContaining("XOAUTH2 or OAUTHBEARER").hasMessageContaining("PLAIN");
        assertThatThrownBy(() -> assertThat(kept).hasHeaderAddedByGmail("Message-ID"))
                .hasMessageContaining("but it was not in the delivered message");
    }
}
