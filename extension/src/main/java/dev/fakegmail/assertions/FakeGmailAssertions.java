package dev.fakegmail.assertions;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.ReceivedMessage;

/**
 * Entry point of the AssertJ assertions for the fake Gmail. Statically importable next to AssertJ's
 * {@code Assertions.*}: {@code assertThat} is overloaded only for the fake's own types, and failed sends use
 * {@link #assertThatGmailRejected(Throwable)}, not AssertJ's {@code assertThat(Throwable)}.
 *
 * <pre>{@code
 * assertThat(gmail).hasReceivedWithin(1, Duration.ofSeconds(5))
 *         .singleMessage().hasSubject("Welcome").hasTo("bob@example.com").wasSentOverTls();
 * assertThatGmailRejected(thrown).isBadCredentials();
 * }</pre>
 */
public final class FakeGmailAssertions {
    private FakeGmailAssertions() {
    }

    /** Assertions on what a fake Gmail received. */
    public static FakeGmailServerAssert assertThat(FakeGmailServer actual) {
        return new FakeGmailServerAssert(actual);
    }

    /** Assertions on one received message: headers, bodies, attachments, envelope, TLS and AUTH. */
    public static ReceivedMessageAssert assertThat(ReceivedMessage actual) {
        return new ReceivedMessageAssert(actual);
    }

    /**
     * Assertions on the Gmail reply a failed send carries: Jakarta Mail's {@code AuthenticationFailedException},
     * {@code SMTPSendFailedException}, or any throwable whose message or cause chain holds the reply. A {@code null}
     * throwable (what {@code catchThrowable} returns when the send succeeded) fails every assertion with a message
     * that says the send was not rejected.
     */
    public static GmailRejectionAssert assertThatGmailRejected(Throwable actual) {
        return new GmailRejectionAssert(actual);
    }
}
