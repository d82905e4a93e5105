package dev.fakegmail.samples.gmailapi;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Message;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.UserCredentials;
import dev.fakegmail.junit.Account;
import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.junit.GmailApiScopes;
import dev.fakegmail.junit.InjectGmail;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailApiProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code @FakeGmail(http = true)} injects a {@code GmailApiProfile}: Google's Java client needs only
 * {@code setTokenServerUri} and {@code setRootUrl} as test-only lines (README, "Gmail API").
 */
@FakeGmail(http = true)
class GmailApiInjectionTest {
    private static final byte[] RFC822 = ("From: user@gmail.com\r\nTo: bob@example.com\r\nSubject: Hello\r\n\r\n"
            + "Sent through the Gmail API.\r\n").getBytes(StandardCharsets.UTF_8);

    // README: gmail-api-injected
    @Test
    void sendsThroughTheGmailApi(GmailApiProfile profile, FakeGmailServer gmail) throws Exception {
        Gmail api = new Gmail.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                new HttpCredentialsAdapter(UserCredentials.newBuilder()
                        .setClientId(profile.clientId()).setClientSecret(profile.clientSecret())
                        .setRefreshToken(profile.refreshToken())
                        .setTokenServerUri(profile.tokenUri())          // test-only: the fake's POST /token
                        .build()))
                .setRootUrl(profile.rootUrl())                          // test-only: the fake's Gmail API door
                .setApplicationName("my-app").build();

        api.users().messages().send("me", new Message().encodeRaw(RFC822)).execute();

        assertThat(gmail).singleMessage().hasSubject("Hello");
    }
    // README: end

    @Test
    void aPasswordChangeGivesTheAppsNextCallTheRefreshsInvalidGrant(GmailApiProfile profile, GmailAccount account)
            throws Exception {
        assertThat(client(profile).users().getProfile("me").execute().getEmailAddress()).isEqualTo("user@gmail.com");

        account.changePassword("a new password, typed by the user");

        // the app's next call that needs an access token (after a restart, or when its token expired) refreshes
        Throwable refused = catchThrowable(() -> client(profile).users().messages().list("me").execute());
        // google-auth-library's GoogleAuthException (package-private: catch IOException) wraps the token endpoint's 400
        assertThat(refused).isInstanceOf(IOException.class)
                .hasMessageContaining("invalid_grant").hasMessageContaining("Token has been expired or revoked.");
        assertThat(refused.getClass().getName()).isEqualTo("com.google.auth.oauth2.GoogleAuthException");
        assertThat(refused.getCause()).isInstanceOfSatisfying(HttpResponseException.class,
                response -> assertThat(response.getStatusCode()).isEqualTo(400));
    }

    @Test
    void theRunningAppsCachedAccessTokenIsRefusedWith401(GmailApiProfile profile, GmailAccount account)
            throws Exception {
        Gmail app = client(profile);
        app.users().getProfile("me").execute();

        account.changePassword("a new password, typed by the user");

        GoogleJsonResponseException refused = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> app.users().messages().send("me", new Message().encodeRaw(RFC822)).execute());
        assertThat(refused.getStatusCode()).isEqualTo(401);     // its refresh failed too; the adapter logs that
        assertThat(refused.getHeaders().getAuthenticate())
                .isEqualTo("Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
    }

    @Test
    void eachInjectionIsANewClientWithItsOwnRefreshToken(GmailApiProfile first, GmailApiProfile second,
                                                         FakeGmailServer gmail) {
        assertThat(first.rootUrl()).isEqualTo(gmail.gmailApiRootUrl());
        assertThat(first.tokenUri()).isEqualTo(gmail.tokenUri());
        assertThat(first.address()).isEqualTo("user@gmail.com");
        assertThat(first.scopes()).containsExactly("https://mail.google.com/");
        assertThat(first.clientId()).isNotEqualTo(second.clientId());
        assertThat(first.refreshToken()).isNotEqualTo(second.refreshToken());
        assertThat(gmail.defaultAccount().refreshTokens()).extracting(token -> token.value())
                .containsExactly(first.refreshToken(), second.refreshToken());
    }

    @Test
    void outsideJUnitTheServerMakesTheSameValue(FakeGmailServer gmail) {
        GmailApiProfile sender = gmail.gmailApiProfile(gmail.defaultAccount(),
                "https://www.googleapis.com/auth/gmail.send", "https://www.googleapis.com/auth/gmail.readonly");

        assertThat(sender.scopes()).containsExactly("https://www.googleapis.com/auth/gmail.send",
                "https://www.googleapis.com/auth/gmail.readonly");
        assertThat(gmail.defaultAccount().refreshTokens()).singleElement().satisfies(token -> {
            assertThat(token.value()).isEqualTo(sender.refreshToken());
            assertThat(token.scope()).isEqualTo("https://www.googleapis.com/auth/gmail.send "
                    + "https://www.googleapis.com/auth/gmail.readonly");
            assertThat(token.client()).isEqualTo(sender.oauthClient());
        });
        assertThat(sender.toString()).doesNotContain(sender.refreshToken(), sender.clientSecret());
        assertThat(catchThrowable(() -> gmail.gmailApiProfile("gmail.send gmail.readonly")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A scope is one URL such as https://www.googleapis.com/auth/gmail.readonly, but was"
                        + " \"gmail.send gmail.readonly\"; pass several scopes as separate arguments");
    }

    /** A field, another account, and a token that may read but not send. */
    @Nested
    @FakeGmail(http = true, accounts = {"user@gmail.com", "alice@gmail.com"})
    class ReadonlyTokenOfAnotherAccount {
        @InjectGmail
        @Account("alice@gmail.com")
        @GmailApiScopes("https://www.googleapis.com/auth/gmail.readonly")
        GmailApiProfile alice;

        @Test
        void mayReadButNotSend(FakeGmailServer gmail) throws Exception {
            Gmail api = client(alice);
            assertThat(api.users().getProfile("me").execute().getEmailAddress()).isEqualTo("alice@gmail.com");

            GoogleJsonResponseException refused = catchThrowableOfType(GoogleJsonResponseException.class,
                    () -> api.users().messages().send("me", new Message().encodeRaw(RFC822)).execute());

            assertThat(refused.getStatusCode()).isEqualTo(403);
            assertThat(refused.getDetails().getErrors().get(0).getReason()).isEqualTo("insufficientPermissions");
            assertThat(alice.scopes()).containsExactly("https://www.googleapis.com/auth/gmail.readonly");
            assertThat(gmail.receivedMessages()).isEmpty();
        }
    }

    /** A static field is set before all tests and again after the reset before each test, which revoked its token. */
    @Nested
    @FakeGmail(http = true)
    class StaticField {
        @InjectGmail
        static GmailApiProfile shared;

        @Test
        void carriesALiveTokenMintedAfterTheReset(FakeGmailServer gmail) throws Exception {
            assertThat(gmail.defaultAccount().refreshTokens()).singleElement()
                    .satisfies(token -> assertThat(token.value()).isEqualTo(shared.refreshToken()))
                    .satisfies(token -> assertThat(token.isRevoked()).isFalse());
            assertThat(client(shared).users().getProfile("me").execute().getEmailAddress()).isEqualTo("user@gmail.com");
        }
    }

    static Gmail client(GmailApiProfile profile) {
        return new Gmail.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                new HttpCredentialsAdapter(UserCredentials.newBuilder()
                        .setClientId(profile.clientId()).setClientSecret(profile.clientSecret())
                        .setRefreshToken(profile.refreshToken())
                        .setTokenServerUri(profile.tokenUri())
                        .build()))
                .setRootUrl(profile.rootUrl()).setApplicationName("my-app").build();
    }
}
