package dev.fakegmail.http.internal.gmail;

import static dev.fakegmail.http.internal.gmail.GmailApiServer.ALICE;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.BOB;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.MISSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Message;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.OAuthClient;
import dev.fakegmail.server.ReceivedMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/gmail-api.md §4: mail that arrived from outside (deliverInbound, bounces) is listed and read by the API. */
class GmailApiInboundTest {
    @RegisterExtension
    static final GmailApiServer GMAIL = new GmailApiServer();

    private static final OAuthClient CLIENT = new OAuthClient("123-crm.apps.googleusercontent.com", "GOCSPX-crm");

    private final FakeGmailServer server = GMAIL.server();

    @Test
    void aReplyDeliveredInboundIsListedUnreadInTheInboxAndReadBackRaw() throws Exception {
        Gmail gmail = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        gmail.users().messages().send("me", new Message().encodeRaw(GoogleClients.mail("Offer", "From",
                ALICE.address(), "To", BOB.address()))).execute();
        byte[] reply = GoogleClients.mail("Re: Offer", "From", "customer@example.com", "To", ALICE.address());

        ReceivedMessage arrival = server.deliverInbound(ALICE.address(), reply);

        ListMessagesResponse inbox = gmail.users().messages().list("me").setLabelIds(List.of("INBOX")).execute();
        ListMessagesResponse unread = gmail.users().messages().list("me").setQ("is:unread").execute();
        ListMessagesResponse all = gmail.users().messages().list("me").execute();
        assertThat(arrival.id()).isEqualTo("inbound-1");
        assertThat(inbox.getMessages()).extracting(Message::getId).containsExactly("4000000000000001");
        assertThat(unread.getMessages()).extracting(Message::getId).containsExactly("4000000000000001");
        assertThat(all.getMessages()).extracting(Message::getId)
                .containsExactly("4000000000000001", "0000000000000001");
        Message raw = gmail.users().messages().get("me", "4000000000000001").setFormat("raw").execute();
        assertThat(raw.decodeRaw()).isEqualTo(reply);
        assertThat(raw.getLabelIds()).containsExactly("INBOX", "UNREAD");
        assertThat(gmail.users().messages().get("me", "4000000000000001").execute().getPayload().getHeaders())
                .anySatisfy(h -> assertThat(h.getValue()).isEqualTo("Re: Offer"));
        assertThat(server.inboundMessages()).containsExactly(arrival);
        assertThat(server.message("inbound-1")).contains(arrival);
        assertThat(server.receivedMessages()).hasSize(1);
    }

    @Test
    void aBounceIsInTheSendersInboxAndAnotherAccountCannotReadTheArrival() throws Exception {
        Gmail alice = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        Gmail bob = GoogleClients.gmail(server, GMAIL.account(BOB).mintRefreshToken(CLIENT));
        alice.users().messages().send("me", new Message().encodeRaw(GoogleClients.mail("To nobody", "From",
                ALICE.address(), "To", MISSING))).execute();

        List<Message> inbox = alice.users().messages().list("me").setLabelIds(List.of("INBOX")).execute()
                .getMessages();

        assertThat(inbox).extracting(Message::getId).containsExactly("4000000000000001");
        Message bounce = alice.users().messages().get("me", "4000000000000001").setFormat("metadata")
                .setMetadataHeaders(List.of("Subject", "From")).execute();
        assertThat(bounce.getPayload().getHeaders()).extracting(h -> h.getName() + ": " + h.getValue())
                .containsExactly("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                        "Subject: Delivery Status Notification (Failure)");
        GoogleJsonResponseException refused = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> bob.users().messages().get("me", "4000000000000001").execute());
        assertThat(refused.getStatusCode()).isEqualTo(404);
        assertThat(bob.users().messages().list("me").execute().getMessages()).isNull();
    }

    @Test
    void deletingAnArrivalRemovesItFromTheApiAndTheMailbox() throws Exception {
        Gmail gmail = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        server.deliverInbound(ALICE.address(), GoogleClients.mail("Spam offer", "From", "x@example.com"));

        gmail.users().messages().delete("me", "4000000000000001").execute();

        assertThat(server.inboundMessages()).isEmpty();
        assertThat(server.mailbox(ALICE.address(), "INBOX")).isEmpty();
        assertThat(gmail.users().messages().list("me").execute().getResultSizeEstimate()).isZero();
    }
}
