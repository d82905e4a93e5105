package dev.fakegmail.samples.gmailapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Message;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.UserCredentials;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.Fault;
import dev.fakegmail.server.GmailApiFault;
import dev.fakegmail.server.OAuthClient;
import dev.fakegmail.server.RefreshToken;
import dev.fakegmail.server.Stage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An application that sends and reads through Google's own Java client ({@code google-api-services-gmail} with
 * {@code google-auth-library}), pointed at the fake by its root URL and token URI only (docs/gmail-api.md).
 */
class GmailApiClientTest {
    private static final byte[] RFC822 = ("From: user@gmail.com\r\nTo: bob@example.com\r\nSubject: Hello\r\n\r\n"
            + "Sent through the Gmail API.\r\n").getBytes(StandardCharsets.UTF_8);

    private FakeGmailServer gmail;

    @BeforeEach
    void startGmail() {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).httpPort(0).build().start();
    }

    @AfterEach
    void stopGmail() {
        gmail.close();
    }

    @Test
    void sendsThroughTheGmailApiAndReadsItBack() throws Exception {
        // README: gmail-api
        RefreshToken refreshToken = gmail.defaultAccount().mintRefreshToken(OAuthClient.random());
        UserCredentials credentials = UserCredentials.newBuilder()
                .setClientId(refreshToken.client().clientId())
                .setClientSecret(refreshToken.client().clientSecret())
                .setRefreshToken(refreshToken.value())
                .setTokenServerUri(gmail.tokenUri())                    // the fake's POST /token
                .build();
        Gmail api = new Gmail.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                new HttpCredentialsAdapter(credentials))
                .setRootUrl(gmail.gmailApiRootUrl())                    // the fake's Gmail API door
                .setApplicationName("my-app")
                .build();

        Message sent = api.users().messages().send("me", new Message().encodeRaw(RFC822)).execute();

        assertThat(gmail.awaitMessages(1, Duration.ofSeconds(5)).get(0).subject()).isEqualTo("Hello");
        // README: end
        Message readBack = api.users().messages().get("me", sent.getId()).setFormat("raw").execute();
        assertThat(readBack.decodeRaw()).isEqualTo(gmail.receivedMessages().get(0).rawBytes());
        assertThat(api.users().messages().list("me").setLabelIds(List.of("SENT")).execute().getMessages())
                .extracting(Message::getId).containsExactly(sent.getId());
    }

    @Test
    void theAppWaitsForTheRetryAfterTimeOfAPlanned429AndSendsOnce() throws Exception {
        RefreshToken refreshToken = gmail.defaultAccount().mintRefreshToken(OAuthClient.random());
        Gmail api = client(refreshToken);
        gmail.faults().on(Stage.GMAIL_API).once().inject(Fault.gmailApi(GmailApiFault.RATE_LIMIT_EXCEEDED));

        int attempt = new RetryingGmailSender(api, gmail.clock(), 3, Duration.ofSeconds(2)).send(RFC822);

        assertThat(attempt).isEqualTo(2);
        assertThat(gmail.receivedMessages()).hasSize(1);
        assertThat(gmail.faults().struck()).singleElement()
                .satisfies(struck -> assertThat(struck.fault()).hasToString("Gmail API RATE_LIMIT_EXCEEDED"));
    }

    @Test
    void aReadonlyTokenMayReadButNotSend() throws Exception {
        RefreshToken readonly = gmail.defaultAccount().mintRefreshToken(OAuthClient.random(),
                "https://www.googleapis.com/auth/gmail.readonly");
        Gmail api = client(readonly);

        assertThat(api.users().messages().list("me").execute().getResultSizeEstimate()).isZero();
        GoogleJsonResponseException refused = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> api.users().messages().send("me", new Message().encodeRaw(RFC822)).execute());
        assertThat(refused.getStatusCode()).isEqualTo(403);
        assertThat(refused.getDetails().getErrors().get(0).getReason()).isEqualTo("insufficientPermissions");
        assertThat(gmail.receivedMessages()).isEmpty();
    }

    @Test
    void aReplyDeliveredFromOutsideIsFoundByHistoryList() throws Exception {
        Gmail api = client(gmail.defaultAccount().mintRefreshToken(OAuthClient.random()));
        InboxSync inbox = new InboxSync(api);
        Message sent = api.users().messages().send("me", new Message().encodeRaw(RFC822)).execute();
        assertThat(inbox.sync()).containsExactly(sent.getId());

        gmail.deliverInbound("user@gmail.com", ("From: bob@example.com\r\nTo: user@gmail.com\r\nSubject: Re: Hello"
                + "\r\n\r\nThanks!\r\n").getBytes(StandardCharsets.UTF_8));

        List<String> fresh = inbox.sync();
        assertThat(fresh).singleElement().satisfies(id -> assertThat(api.users().messages().get("me", id).execute()
                .getPayload().getHeaders()).anySatisfy(h -> assertThat(h.getValue()).isEqualTo("Re: Hello")));
        assertThat(inbox.sync()).isEmpty();
        assertThat(inbox.fullSyncs()).isEqualTo(1);
    }

    @Test
    void afterGmailForgetsTheHistoryTheAppSyncsInFullOnceAndThenPartiallyAgain() throws Exception {
        Gmail api = client(gmail.defaultAccount().mintRefreshToken(OAuthClient.random()));
        InboxSync inbox = new InboxSync(api);
        api.users().messages().send("me", new Message().encodeRaw(RFC822)).execute();
        inbox.sync();

        gmail.defaultAccount().expireGmailApiHistory(); // as Gmail does after about a week
        gmail.deliverInbound("user@gmail.com", ("From: bob@example.com\r\nTo: user@gmail.com\r\nSubject: Later"
                + "\r\n\r\nx\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(inbox.sync()).hasSize(1);
        assertThat(inbox.fullSyncs()).isEqualTo(2);
        api.users().messages().send("me", new Message().encodeRaw(RFC822)).execute();
        assertThat(inbox.sync()).hasSize(1);
        assertThat(inbox.fullSyncs()).isEqualTo(2);
    }

    private Gmail client(RefreshToken refreshToken) {
        return new Gmail.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                new HttpCredentialsAdapter(UserCredentials.newBuilder()
                        .setClientId(refreshToken.client().clientId())
                        .setClientSecret(refreshToken.client().clientSecret())
                        .setRefreshToken(refreshToken.value())
                        .setTokenServerUri(gmail.tokenUri())
                        .build()))
                .setRootUrl(gmail.gmailApiRootUrl()).setApplicationName("my-app").build();
    }
}
