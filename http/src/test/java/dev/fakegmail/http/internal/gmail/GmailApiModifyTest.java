package dev.fakegmail.http.internal.gmail;

import static dev.fakegmail.http.internal.gmail.GmailApiServer.ALICE;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.ModifyMessageRequest;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.OAuthClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/gmail-api.md §4: messages.modify, trash and untrash with Google's Java client. */
class GmailApiModifyTest {
    @RegisterExtension
    static final GmailApiServer GMAIL = new GmailApiServer();

    private static final OAuthClient CLIENT = new OAuthClient("123-crm.apps.googleusercontent.com", "GOCSPX-crm");
    private static final String ID = "4000000000000001";

    private final FakeGmailServer server = GMAIL.server();

    @Test
    void markingReadAndStarredChangesWhatListAndLabelsSeeForThatAccountOnly() throws Exception {
        Gmail alice = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        server.deliverInbound(ALICE.address(), GoogleClients.mail("Question", "From", "customer@example.com"));

        Message modified = alice.users().messages().modify("me", ID, new ModifyMessageRequest()
                .setAddLabelIds(List.of("STARRED")).setRemoveLabelIds(List.of("UNREAD"))).execute();

        assertThat(modified.getId()).isEqualTo(ID);
        assertThat(modified.getLabelIds()).containsExactly("INBOX", "STARRED");
        assertThat(alice.users().messages().list("me").setQ("is:unread").execute().getMessages()).isNull();
        assertThat(alice.users().messages().list("me").setQ("is:starred").execute().getMessages())
                .extracting(Message::getId).containsExactly(ID);
        assertThat(alice.users().messages().get("me", ID).setFormat("minimal").execute().getLabelIds())
                .containsExactly("INBOX", "STARRED");
        assertThat(alice.users().labels().get("me", "UNREAD").execute().getMessagesTotal()).isZero();
    }

    @Test
    void aTrashedMessageLeavesTheListUntilUntrashedAndIsListedUnderTrash() throws Exception {
        Gmail alice = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        server.deliverInbound(ALICE.address(), GoogleClients.mail("Old news", "From", "news@example.com"));

        Message trashed = alice.users().messages().trash("me", ID).execute();

        assertThat(trashed.getLabelIds()).containsExactly("INBOX", "UNREAD", "TRASH");
        assertThat(alice.users().messages().list("me").execute().getMessages()).isNull();
        assertThat(alice.users().messages().list("me").setLabelIds(List.of("TRASH")).execute().getMessages())
                .extracting(Message::getId).containsExactly(ID);
        assertThat(alice.users().messages().list("me").setIncludeSpamTrash(true).execute().getMessages())
                .hasSize(1);
        assertThat(alice.users().messages().untrash("me", ID).execute().getLabelIds())
                .containsExactly("INBOX", "UNREAD");
        assertThat(alice.users().messages().list("me").execute().getMessages()).hasSize(1);
    }

    @Test
    void anUnknownLabelIsA400AndAReadonlyTokenA403() throws Exception {
        Gmail alice = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        Gmail readonly = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT,
                "https://www.googleapis.com/auth/gmail.readonly"));
        server.deliverInbound(ALICE.address(), GoogleClients.mail("Hi", "From", "x@example.com"));

        GoogleJsonResponseException unknown = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> alice.users().messages().modify("me", ID, new ModifyMessageRequest()
                        .setAddLabelIds(List.of("SENT"))).execute());
        GoogleJsonResponseException scope = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> readonly.users().messages().trash("me", ID).execute());
        GoogleJsonResponseException bobs = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> GoogleClients.gmail(server, GMAIL.account(BOB).mintRefreshToken(CLIENT)).users().messages()
                        .trash("me", ID).execute());

        assertThat(unknown.getStatusCode()).isEqualTo(400);
        assertThat(unknown.getDetails().getMessage()).isEqualTo("Invalid label: SENT");
        assertThat(scope.getStatusCode()).isEqualTo(403);
        assertThat(scope.getDetails().getErrors().get(0).getReason()).isEqualTo("insufficientPermissions");
        assertThat(bobs.getStatusCode()).isEqualTo(404);
    }
}
