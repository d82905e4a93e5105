package dev.fakegmail.http.internal.gmail;

import static dev.fakegmail.http.internal.gmail.GmailApiServer.ALICE;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Draft;
import com.google.api.services.gmail.model.ListDraftsResponse;
import com.google.api.services.gmail.model.Message;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.OAuthClient;
import dev.fakegmail.server.ReceivedMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * docs/gmail-api.md §5 (drafts) with Google's own Java client: a draft is created, listed, read back raw, updated
 * and sent, and only the send reaches the journal; a {@code gmail.send} token may not create one.
 */
class GmailApiDraftsTest {
    @RegisterExtension
    static final GmailApiServer GMAIL = new GmailApiServer();

    private static final OAuthClient CLIENT = new OAuthClient("123-crm.apps.googleusercontent.com", "GOCSPX-crm");
    private static final String COMPOSE = "https://www.googleapis.com/auth/gmail.compose";

    private final FakeGmailServer server = GMAIL.server();

    @Test
    void aDraftIsCreatedListedReadRawAndSentAsTheAccount() throws Exception {
        Gmail gmail = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT, COMPOSE));
        byte[] mail = GoogleClients.mail("Proposal", "From", "sales@example.com", "To", BOB.address());

        Draft created = gmail.users().drafts().create("me", new Draft().setMessage(new Message().encodeRaw(mail)))
                .execute();
        ListDraftsResponse listed = gmail.users().drafts().list("me").execute();
        Draft raw = gmail.users().drafts().get("me", created.getId()).setFormat("raw").execute();
        assertThat(server.receivedMessages()).isEmpty();
        Message sent = gmail.users().drafts().send("me", new Draft().setId(created.getId())).execute();

        assertThat(created.getId()).isEqualTo("r1");
        assertThat(created.getMessage().getLabelIds()).containsExactly("DRAFT");
        assertThat(listed.getDrafts()).extracting(Draft::getId).containsExactly("r1");
        assertThat(listed.getDrafts().get(0).getMessage().getId()).isEqualTo(created.getMessage().getId());
        assertThat(listed.getResultSizeEstimate()).isEqualTo(1L);
        assertThat(raw.getMessage().decodeRaw()).isEqualTo(new String(mail, "US-ASCII").replace("\r\n", "\n")
                .replace("\n", "\r\n").getBytes("US-ASCII"));
        assertThat(sent.getLabelIds()).containsExactly("SENT");
        ReceivedMessage received = server.awaitMessages(1, Duration.ofSeconds(5)).get(0);
        assertThat(sent.getId()).isEqualTo(Mailbox.id(received));
        assertThat(received.subject()).isEqualTo("Proposal");
        assertThat(received.from()).isEqualTo(ALICE.address());
        assertThat(received.envelope().recipients()).containsExactly(BOB.address());
        assertThat(gmail.users().drafts().list("me").execute().getDrafts()).isNull();
        assertThat(catchThrowableOfType(GoogleJsonResponseException.class,
                () -> gmail.users().drafts().get("me", "r1").execute()).getStatusCode()).isEqualTo(404);
    }

    @Test
    void updateReplacesTheMessageAndDeleteRemovesTheDraft() throws Exception {
        Gmail gmail = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        Draft first = gmail.users().drafts().create("me", new Draft().setMessage(new Message()
                .encodeRaw(GoogleClients.mail("First try", "To", BOB.address())))).execute();
        Gmail.Users.Drafts.Create upload = gmail.users().drafts().create("me", new Draft(),
                new ByteArrayContent("message/rfc822", GoogleClients.mail("Uploaded", "To", BOB.address())));
        upload.getMediaHttpUploader().setDirectUploadEnabled(true);
        Draft other = upload.execute();

        Draft updated = gmail.users().drafts().update("me", first.getId(), new Draft().setMessage(new Message()
                .encodeRaw(GoogleClients.mail("Second try", "To", BOB.address())))).execute();
        gmail.users().drafts().delete("me", other.getId()).execute();

        assertThat(updated.getId()).isEqualTo(first.getId());
        assertThat(updated.getMessage().getId()).isNotEqualTo(first.getMessage().getId());
        assertThat(gmail.users().drafts().list("me").execute().getDrafts()).extracting(Draft::getId)
                .containsExactly(first.getId());
        Message metadata = gmail.users().drafts().get("me", first.getId()).setFormat("metadata").execute()
                .getMessage();
        assertThat(metadata.getPayload().getHeaders()).filteredOn(h -> h.getName().equals("Subject"))
                .singleElement().satisfies(h -> assertThat(h.getValue()).isEqualTo("Second try"));
        assertThat(server.receivedMessages()).isEmpty();
    }

    @Test
    void aSendOnlyTokenIsRefusedOnCreateWithGoogles403() throws Exception {
        Gmail gmail = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT,
                "https://www.googleapis.com/auth/gmail.send"));

        GoogleJsonResponseException refused = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> gmail.users().drafts().create("me", new Draft().setMessage(new Message()
                        .encodeRaw(GoogleClients.mail("Nope", "To", BOB.address())))).execute());

        assertThat(refused.getStatusCode()).isEqualTo(403);
        assertThat(refused.getDetails().getMessage()).isEqualTo("Request had insufficient authentication scopes.");
        assertThat(refused.getDetails().getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getReason()).isEqualTo("insufficientPermissions"));
        assertThat(GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT)).users().drafts()
                .list("me").execute().getResultSizeEstimate()).isZero();
    }

    @Test
    void aDraftWithoutRawIsGoogles400() throws Exception {
        Gmail gmail = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT));

        GoogleJsonResponseException refused = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> gmail.users().drafts().create("me", new Draft().setMessage(new Message()
                        .setThreadId("0000000000000001"))).execute());

        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(refused.getDetails().getMessage()).isEqualTo("Missing draft message");
        assertThat(refused.getDetails().getErrors().get(0).getReason()).isEqualTo("invalidArgument");
    }
}
