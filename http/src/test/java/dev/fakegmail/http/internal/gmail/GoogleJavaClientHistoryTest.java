package dev.fakegmail.http.internal.gmail;

import static dev.fakegmail.http.internal.gmail.GmailApiServer.ALICE;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.History;
import com.google.api.services.gmail.model.ListHistoryResponse;
import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.ModifyMessageRequest;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.OAuthClient;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/gmail-api.md §4 "History" with Google's own Java client: an application's partial and full sync. */
class GoogleJavaClientHistoryTest {
    @RegisterExtension
    static final GmailApiServer GMAIL = new GmailApiServer();

    private static final OAuthClient CLIENT = new OAuthClient("123-crm.apps.googleusercontent.com", "GOCSPX-crm");

    private final FakeGmailServer server = GMAIL.server();

    @Test
    void historyListFindsWhatArrivedAndChangedAndA404AfterExpiryAsksForAFullSync() throws Exception {
        Gmail gmail = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        Message offer = gmail.users().messages().send("me", new Message().encodeRaw(GoogleClients.mail("Offer",
                "From", ALICE.address(), "To", BOB.address(), "Message-ID", "<offer@crm.example>"))).execute();
        BigInteger synced = gmail.users().getProfile("me").execute().getHistoryId();

        server.deliverInbound(ALICE.address(), GoogleClients.mail("Re: Offer", "From", BOB.address(), "To",
                ALICE.address(), "In-Reply-To", "<offer@crm.example>"));
        gmail.users().messages().modify("me", offer.getId(), new ModifyMessageRequest()
                .setAddLabelIds(List.of("STARRED"))).execute();
        ListHistoryResponse changes = gmail.users().history().list("me").setStartHistoryId(synced).execute();
        ListHistoryResponse added = gmail.users().history().list("me").setStartHistoryId(synced)
                .setHistoryTypes(List.of("messageAdded")).execute();

        assertThat(changes.getHistory()).hasSize(2);
        History arrival = changes.getHistory().get(0);
        assertThat(arrival.getMessagesAdded()).singleElement().satisfies(a -> {
            assertThat(a.getMessage().getId()).isEqualTo("4000000000000001");
            assertThat(a.getMessage().getThreadId()).isEqualTo(offer.getThreadId());
            assertThat(a.getMessage().getLabelIds()).containsExactly("INBOX", "UNREAD");
        });
        assertThat(changes.getHistory().get(1).getLabelsAdded()).singleElement().satisfies(l -> {
            assertThat(l.getMessage().getId()).isEqualTo(offer.getId());
            assertThat(l.getLabelIds()).containsExactly("STARRED");
        });
        assertThat(changes.getHistoryId()).isEqualTo(changes.getHistory().get(1).getId())
                .isGreaterThan(synced);
        assertThat(changes.getNextPageToken()).isNull();
        assertThat(added.getHistory()).singleElement().satisfies(h -> assertThat(h.getId()).isEqualTo(arrival.getId()));

        GMAIL.account(ALICE).expireGmailApiHistory();
        GoogleJsonResponseException tooOld = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> gmail.users().history().list("me").setStartHistoryId(changes.getHistoryId()).execute());
        BigInteger fullSync = gmail.users().getProfile("me").execute().getHistoryId();
        List<Message> everything = gmail.users().messages().list("me").execute().getMessages();
        server.sendAs(GMAIL.account(ALICE), "To: bob@gmail.com\r\nSubject: After\r\n\r\nx\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        ListHistoryResponse resumed = gmail.users().history().list("me").setStartHistoryId(fullSync).execute();

        assertThat(tooOld.getStatusCode()).isEqualTo(404);
        assertThat(tooOld.getDetails().getMessage()).isEqualTo("Requested entity was not found.");
        assertThat(tooOld.getDetails().getErrors().get(0).getReason()).isEqualTo("notFound");
        assertThat(everything).extracting(Message::getId).containsExactly("4000000000000001", offer.getId());
        assertThat(resumed.getHistory()).singleElement().satisfies(h -> assertThat(h.getMessagesAdded())
                .singleElement().satisfies(a -> assertThat(a.getMessage().getId()).isEqualTo("0000000000000002")));
    }
}
