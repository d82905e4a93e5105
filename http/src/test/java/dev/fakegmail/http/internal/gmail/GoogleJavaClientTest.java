package dev.fakegmail.http.internal.gmail;

import static dev.fakegmail.http.internal.gmail.GmailApiServer.ALICE;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Label;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.MessagePart;
import com.google.api.services.gmail.model.MessagePartBody;
import com.google.api.services.gmail.model.MessagePartHeader;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.UserCredentials;
import dev.fakegmail.server.ActivityEvent;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.OAuthClient;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.RefreshToken;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * docs/gmail-api.md with Google's own Java client ({@code google-api-services-gmail} and {@code google-auth-library}):
 * pointed at the fake by its root URL and token URI only, it sends, lists and reads mail, and gets Google's errors.
 */
class GoogleJavaClientTest {
    @RegisterExtension
    static final GmailApiServer GMAIL = new GmailApiServer();

    private static final OAuthClient CLIENT = new OAuthClient("123-crm.apps.googleusercontent.com", "GOCSPX-crm");
    private static final String READONLY = "https://www.googleapis.com/auth/gmail.readonly";

    private final FakeGmailServer server = GMAIL.server();

    @Test
    void aMessageSentThroughTheApiIsSeenByEveryOtherDoor() throws Exception {
        Gmail gmail = client(GMAIL.account(ALICE).mintRefreshToken(CLIENT));

        Message sent = gmail.users().messages().send("me", new Message().encodeRaw(mail("Invoice 42"))).execute();

        ReceivedMessage received = server.awaitMessages(1, Duration.ofSeconds(5)).get(0);
        assertThat(sent.getId()).isEqualTo("0000000000000001");
        assertThat(sent.getThreadId()).isEqualTo(sent.getId());
        assertThat(sent.getLabelIds()).containsExactly("SENT");
        assertThat(received.subject()).isEqualTo("Invoice 42");
        assertThat(received.envelope().account()).isEqualTo(ALICE.address());
        assertThat(received.envelope().recipients()).containsExactly(BOB.address());
        assertThat(received.header("Received").get(0)).startsWith("from 1000000000000 named unknown by"
                + " gmailapi.google.com with HTTPREST; ");
        assertThat(received.rawBytes()).endsWith(received.submittedBytes());
        assertThat(server.activity()).filteredOn(e -> e.kind() == ActivityEvent.Kind.MESSAGE_ACCEPTED)
                .singleElement().satisfies(e -> assertThat(e.sessionId()).isEqualTo("GMAIL_API-1"));
        assertThat(imapSubjects(server.account(ALICE.address()), "[Gmail]/Sent Mail")).containsExactly("Invoice 42");
        assertThat(imapSubjects(server.account(BOB.address()), "INBOX")).containsExactly("Invoice 42");
    }

    @Test
    void theSentMessageIsListedAndReadBackInEveryFormat() throws Exception {
        Gmail gmail = client(GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        String id = gmail.users().messages().send("me", new Message().encodeRaw(mail("Quarterly report")))
                .execute().getId();
        gmail.users().messages().send("me", new Message().encodeRaw(mail("Lunch"))).execute();

        ListMessagesResponse sentList = gmail.users().messages().list("me").setLabelIds(List.of("SENT"))
                .setQ("subject:quarterly").execute();
        Message raw = gmail.users().messages().get("me", id).setFormat("raw").execute();
        Message metadata = gmail.users().messages().get("me", id).setFormat("metadata")
                .setMetadataHeaders(List.of("Subject")).execute();
        Message full = gmail.users().messages().get("me", id).execute();

        assertThat(sentList.getMessages()).extracting(Message::getId).containsExactly(id);
        assertThat(sentList.getResultSizeEstimate()).isEqualTo(1L);
        assertThat(raw.decodeRaw()).isEqualTo(server.message("1").orElseThrow().rawBytes());
        assertThat(raw.getLabelIds()).containsExactly("SENT");
        assertThat(raw.getSnippet()).isEqualTo("Hello Bob, see attached.");
        assertThat(metadata.getPayload().getHeaders()).extracting(MessagePartHeader::getValue)
                .containsExactly("Quarterly report");
        assertThat(full.getPayload().getMimeType()).isEqualTo("text/plain");
        assertThat(new String(full.getPayload().getBody().decodeData(), "UTF-8"))
                .isEqualTo("Hello Bob, see attached.\r\n");
        assertThat(gmail.users().messages().list("me").execute().getMessages()).hasSize(2);
        assertThat(client(GMAIL.account(BOB).mintRefreshToken(CLIENT)).users().messages().list("me")
                .setLabelIds(List.of("INBOX")).execute().getMessages()).hasSize(2);
        assertThat(gmail.users().getProfile("me").execute().getEmailAddress()).isEqualTo(ALICE.address());
        assertThat(gmail.users().labels().list("me").execute().getLabels()).extracting("id")
                .contains("INBOX", "SENT", "UNREAD");
    }

    @Test
    void uploadsTheMessageAsMediaAndAsMultipart() throws Exception {
        Gmail gmail = client(GMAIL.account(ALICE).mintRefreshToken(CLIENT));

        Gmail.Users.Messages.Send media = gmail.users().messages().send("me", null,
                new ByteArrayContent("message/rfc822", mail("As media")));
        media.getMediaHttpUploader().setDirectUploadEnabled(true);
        media.execute();
        Gmail.Users.Messages.Send multipart = gmail.users().messages().send("me", new Message(),
                new ByteArrayContent("message/rfc822", mail("As multipart")));
        multipart.getMediaHttpUploader().setDirectUploadEnabled(true);
        multipart.execute();

        assertThat(server.awaitMessages(2, Duration.ofSeconds(5))).extracting(ReceivedMessage::subject)
                .containsExactly("As media", "As multipart");
    }

    @Test
    void aReadonlyTokenIsRefusedOnSendWithGoogles403() throws Exception {
        Gmail gmail = client(GMAIL.account(ALICE).mintRefreshToken(CLIENT, READONLY));

        GoogleJsonResponseException refused = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> gmail.users().messages().send("me", new Message().encodeRaw(mail("Nope"))).execute());

        assertThat(refused.getStatusCode()).isEqualTo(403);
        assertThat(refused.getDetails().getMessage()).isEqualTo("Request had insufficient authentication scopes.");
        assertThat(refused.getDetails().getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getReason()).isEqualTo("insufficientPermissions");
            assertThat(error.getDomain()).isEqualTo("global");
            assertThat(error.getMessage()).isEqualTo("Insufficient Permission");
        });
        assertThat(refused.getHeaders().getAuthenticate()).isEqualTo("Bearer realm=\"https://accounts.google.com/\","
                + " error=\"insufficient_scope\", scope=\"https://mail.google.com/"
                + " https://www.googleapis.com/auth/gmail.modify https://www.googleapis.com/auth/gmail.compose"
                + " https://www.googleapis.com/auth/gmail.send\"");
        assertThat(server.receivedMessages()).isEmpty();
        assertThat(gmail.users().messages().list("me").execute().getResultSizeEstimate()).isZero();
    }

    @Test
    void deleteRemovesTheMessageForGoodAndNeedsTheFullMailScope() throws Exception {
        Gmail gmail = client(GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        Gmail modify = client(GMAIL.account(ALICE).mintRefreshToken(CLIENT,
                "https://www.googleapis.com/auth/gmail.modify"));
        String id = gmail.users().messages().send("me", new Message().encodeRaw(mail("Oops"))).execute().getId();

        GoogleJsonResponseException refused = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> modify.users().messages().delete("me", id).execute());
        gmail.users().messages().delete("me", id).execute();

        assertThat(refused.getStatusCode()).isEqualTo(403);
        assertThat(server.receivedMessages()).isEmpty();
        assertThat(server.mailbox(BOB.address(), "INBOX")).isEmpty();
        assertThat(catchThrowableOfType(GoogleJsonResponseException.class,
                () -> gmail.users().messages().get("me", id).execute()).getStatusCode()).isEqualTo(404);
    }

    @Test
    void anAttachmentIsNamedInTheFullFormatAndFetchedByItsId() throws Exception {
        Gmail gmail = client(GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(ALICE.address()));
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(BOB.address()));
        message.setSubject("Invoice");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("See the PDF.", "UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setContent(new byte[] {'%', 'P', 'D', 'F', 0, (byte) 0xff}, "application/pdf");
        pdf.setFileName("invoice.pdf");
        pdf.setHeader("Content-Transfer-Encoding", "base64");
        message.setContent(new MimeMultipart(text, pdf));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        String id = gmail.users().messages().send("me", new Message().encodeRaw(out.toByteArray())).execute().getId();

        MessagePart attachment = gmail.users().messages().get("me", id).execute().getPayload().getParts().get(1);
        MessagePartBody body = gmail.users().messages().attachments()
                .get("me", id, attachment.getBody().getAttachmentId()).execute();
        GoogleJsonResponseException unknown = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> gmail.users().messages().attachments().get("me", id, "bm9wZQ").execute());

        assertThat(attachment.getPartId()).isEqualTo("1");
        assertThat(attachment.getFilename()).isEqualTo("invoice.pdf");
        assertThat(attachment.getMimeType()).isEqualTo("application/pdf");
        assertThat(attachment.getBody().getData()).isNull();
        assertThat(attachment.getBody().getSize()).isEqualTo(6);
        assertThat(body.decodeData()).containsExactly('%', 'P', 'D', 'F', 0, 0xff);
        assertThat(unknown.getStatusCode()).isEqualTo(400);
        assertThat(unknown.getDetails().getMessage()).isEqualTo("Invalid attachment token");
    }

    @Test
    void labelsGetCountsTheAccountsMessages() throws Exception {
        Gmail bob = client(GMAIL.account(BOB).mintRefreshToken(CLIENT, "https://www.googleapis.com/auth/gmail.labels"));
        Gmail alice = client(GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        alice.users().messages().send("me", new Message().encodeRaw(mail("One"))).execute();
        alice.users().messages().send("me", new Message().encodeRaw(mail("Two"))).execute();

        Label inbox = bob.users().labels().get("me", "INBOX").execute();
        Label sent = alice.users().labels().get("me", "SENT").execute();
        GoogleJsonResponseException unknown = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> bob.users().labels().get("me", "Label_1").execute());

        assertThat(List.of(inbox.getId(), inbox.getType(), inbox.getMessagesTotal(), inbox.getMessagesUnread(),
                inbox.getThreadsTotal(), inbox.getThreadsUnread())).containsExactly("INBOX", "system", 2, 2, 2, 2);
        assertThat(List.of(sent.getMessagesTotal(), sent.getMessagesUnread())).containsExactly(2, 0);
        assertThat(unknown.getStatusCode()).isEqualTo(404);
        assertThat(unknown.getDetails().getMessage()).isEqualTo("Requested entity was not found.");
    }

    @Test
    void anUnknownIdIsGoogles404() throws Exception {
        Gmail gmail = client(GMAIL.account(ALICE).mintRefreshToken(CLIENT));

        GoogleJsonResponseException refused = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> gmail.users().messages().get("me", "00000000000000ff").execute());

        assertThat(refused.getStatusCode()).isEqualTo(404);
        assertThat(refused.getDetails().getMessage()).isEqualTo("Requested entity was not found.");
        assertThat(refused.getDetails().getErrors().get(0).getReason()).isEqualTo("notFound");
        for (String id : List.of("1", "abc123", "7fffffffffffffff")) {
            assertThat(catchThrowableOfType(GoogleJsonResponseException.class,
                    () -> gmail.users().messages().get("me", id).execute()).getStatusCode()).as(id).isEqualTo(404);
        }
        for (String id : List.of("ffffffffffffffff", "18c9a1b2c3d4e5f6aa", "nosuchmessageid")) {
            GoogleJsonResponseException invalid = catchThrowableOfType(GoogleJsonResponseException.class,
                    () -> gmail.users().messages().get("me", id).execute());
            assertThat(invalid.getStatusCode()).as(id).isEqualTo(400);
            assertThat(invalid.getDetails().getMessage()).isEqualTo("Invalid id value");
        }
    }

    @Test
    void afterAPasswordChangeTheNextRefreshGetsInvalidGrant() throws Exception {
        GmailAccount alice = GMAIL.account(ALICE);
        UserCredentials credentials = credentials(alice.mintRefreshToken(CLIENT));
        Gmail gmail = gmail(credentials);
        assertThat(gmail.users().getProfile("me").execute().getEmailAddress()).isEqualTo(ALICE.address());

        alice.changePassword("Brand-New-Password-2");

        // the client's credentials adapter logs its failed refresh at SEVERE before the 401 is thrown: quiet here
        Logger adapterLog = Logger.getLogger(HttpCredentialsAdapter.class.getName());
        Level level = adapterLog.getLevel();
        adapterLog.setLevel(Level.OFF);
        try {
            assertThat(catchThrowableOfType(GoogleJsonResponseException.class,
                    () -> gmail.users().getProfile("me").execute()).getStatusCode()).isEqualTo(401);
        } finally {
            adapterLog.setLevel(level);
        }
        assertThat(catchThrowableOfType(IOException.class, credentials::refresh))
                .hasMessageContaining("invalid_grant").hasMessageContaining("Token has been expired or revoked.");
    }

    private Gmail client(RefreshToken refreshToken) {
        return gmail(credentials(refreshToken));
    }

    private UserCredentials credentials(RefreshToken refreshToken) {
        return UserCredentials.newBuilder()
                .setClientId(refreshToken.client().clientId())
                .setClientSecret(refreshToken.client().clientSecret())
                .setRefreshToken(refreshToken.value())
                .setTokenServerUri(server.tokenUri())
                .build();
    }

    private Gmail gmail(UserCredentials credentials) {
        return new Gmail.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                new HttpCredentialsAdapter(credentials))
                .setRootUrl(server.gmailApiRootUrl())
                .setApplicationName("crm-test")
                .build();
    }

    private static byte[] mail(String subject) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(ALICE.address()));
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(BOB.address()));
        message.setSubject(subject);
        message.setText("Hello Bob, see attached.\r\n", "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private List<String> imapSubjects(GmailAccount account, String folderName) throws Exception {
        try (Store store = server.imapProfile(account).connect()) {
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_ONLY);
            try {
                List<String> subjects = new java.util.ArrayList<>();
                for (jakarta.mail.Message message : folder.getMessages()) {
                    subjects.add(message.getSubject());
                }
                return subjects;
            } finally {
                folder.close(false);
            }
        }
    }
}
