package dev.fakegmail.samples.alias;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.Session;
import org.junit.jupiter.api.Test;

/** Sending as {@code noreply@company.example} through a Gmail account: Gmail keeps that From only for a verified alias. */
@FakeGmail
class SendAsAliasTest {

    @Test
    void anUnverifiedFromIsRewrittenToTheAccountsAddress(Session session, FakeGmailServer gmail, GmailAccount account)
            throws Exception {
        new NoReplyNotifier(session).notify("customer@example.com", "Ticket 77 was answered", "See the portal.");

        ReceivedMessage received = gmail.receivedMessages().get(0);
        assertThat(received.from()).isEqualTo("Company <" + account.address() + ">");
        assertThat(received.originalFrom()).contains("Company <noreply@company.example>");
        assertThat(gmail).singleMessage().isFrom(account.address()).hasTo("customer@example.com");
    }

    @Test
    void aVerifiedSendAsAliasIsKept(Session session, FakeGmailServer gmail, GmailAccount account) throws Exception {
        account.addSendAsAlias(NoReplyNotifier.NO_REPLY);

        new NoReplyNotifier(session).notify("customer@example.com", "Ticket 77 was answered", "See the portal.");

        assertThat(gmail).singleMessage().isFrom(NoReplyNotifier.NO_REPLY).wasAuthenticatedAs(account.address());
        assertThat(gmail.receivedMessages().get(0).originalFrom()).isEmpty();
    }
}
