package dev.fakegmail.http.internal.gmail;

import static dev.fakegmail.http.internal.gmail.GmailApiServer.ALICE;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.Thread;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.OAuthClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/gmail-api.md §4: threads follow References / In-Reply-To and the subject, as Gmail's rule says. */
class GmailApiThreadsTest {
    @RegisterExtension
    static final GmailApiServer GMAIL = new GmailApiServer();

    private static final OAuthClient CLIENT = new OAuthClient("123-crm.apps.googleusercontent.com", "GOCSPX-crm");

    private final FakeGmailServer server = GMAIL.server();

    @Test
    void aReplyJoinsTheThreadOfWhatItAnswersWhenTheSubjectMatches() throws Exception {
        Gmail gmail = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        String offer = gmail.users().messages().send("me", new Message().encodeRaw(GoogleClients.mail("Offer",
                "From", ALICE.address(), "To", BOB.address(), "Message-ID", "<offer-1@crm.example>"))).execute()
                .getId();
        server.deliverInbound(ALICE.address(), GoogleClients.mail("RE: Re: offer", "From", BOB.address(),
                "In-Reply-To", "<offer-1@crm.example>", "References", "<offer-1@crm.example>"));
        server.deliverInbound(ALICE.address(), GoogleClients.mail("Something else", "From", BOB.address(),
                "In-Reply-To", "<offer-1@crm.example>"));
        gmail.users().messages().send("me", new Message().encodeRaw(GoogleClients.mail("Offer", "From",
                ALICE.address(), "To", BOB.address()))).execute();

        List<Thread> threads = gmail.users().threads().list("me").execute().getThreads();
        Thread thread = gmail.users().threads().get("me", offer).setFormat("metadata")
                .setMetadataHeaders(List.of("Subject")).execute();

        assertThat(threads).extracting(Thread::getId)
                .containsExactly("0000000000000002", "4000000000000002", offer);
        assertThat(thread.getId()).isEqualTo(offer);
        assertThat(thread.getMessages()).extracting(Message::getId).containsExactly(offer, "4000000000000001");
        assertThat(thread.getMessages()).extracting(Message::getThreadId).containsOnly(offer);
        assertThat(thread.getMessages().get(1).getPayload().getHeaders().get(0).getValue()).isEqualTo("RE: Re: offer");
        assertThat(gmail.users().messages().get("me", "4000000000000001").setFormat("minimal").execute()
                .getThreadId()).isEqualTo(offer);
        assertThat(gmail.users().messages().get("me", "4000000000000002").setFormat("minimal").execute()
                .getThreadId()).isEqualTo("4000000000000002");
        assertThat(gmail.users().threads().list("me").setLabelIds(List.of("INBOX")).execute().getThreads())
                .extracting(Thread::getId).containsExactly("4000000000000002", offer);
    }

    @Test
    void aMessageIdThatIsNotAThreadsFirstIsA404() throws Exception {
        Gmail gmail = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        gmail.users().messages().send("me", new Message().encodeRaw(GoogleClients.mail("Offer", "From",
                ALICE.address(), "To", BOB.address(), "Message-ID", "<offer-2@crm.example>"))).execute();
        server.deliverInbound(ALICE.address(), GoogleClients.mail("Re: Offer", "From", BOB.address(),
                "In-Reply-To", "<offer-2@crm.example>"));

        GoogleJsonResponseException refused = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> gmail.users().threads().get("me", "4000000000000001").execute());

        assertThat(refused.getStatusCode()).isEqualTo(404);
        assertThat(gmail.users().threads().get("me", "0000000000000001").execute().getMessages()).hasSize(2);
    }
}
