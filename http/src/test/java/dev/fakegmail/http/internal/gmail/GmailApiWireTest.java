package dev.fakegmail.http.internal.gmail;

import static dev.fakegmail.http.internal.gmail.GmailApiServer.ALICE;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakegmail.server.AccessToken;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/gmail-api.md §6: Google's error envelope, byte for byte, and what Google's clients put on the wire. */
class GmailApiWireTest {
    @RegisterExtension
    static final GmailApiServer GMAIL = new GmailApiServer();

    private static final String SEE = " Expected OAuth 2 access token, login cookie or other valid authentication"
            + " credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.";
    private static final String MAIL = "From: alice@gmail.com\r\nTo: bob@gmail.com\r\nSubject: Hi\r\n\r\nHello\r\n";

    private final FakeGmailServer server = GMAIL.server();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMissingAuthorizationHeaderIsCredentialsMissing() throws Exception {
        HttpResponse<String> answer = send(request("/gmail/v1/users/me/profile").GET());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"https://accounts.google.com/\"");
        assertThat(answer.body()).isEqualTo("""
                {
                  "error" : {
                    "code" : 401,
                    "message" : "Request is missing required authentication credential.%s",
                    "errors" : [ {
                      "message" : "Login Required.",
                      "domain" : "global",
                      "reason" : "required",
                      "location" : "Authorization",
                      "locationType" : "header"
                    } ],
                    "status" : "UNAUTHENTICATED",
                    "details" : [ {
                      "@type" : "type.googleapis.com/google.rpc.ErrorInfo",
                      "reason" : "CREDENTIALS_MISSING",
                      "domain" : "googleapis.com",
                      "metadata" : {
                        "method" : "caribou.api.proto.MailboxService.GetProfile",
                        "service" : "gmail.googleapis.com"
                      }
                    } ]
                  }
                }""".formatted(SEE));
    }

    @Test
    void aRevokedTokenIsInvalidCredentials() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();
        GMAIL.account(ALICE).changePassword("Brand-New-Password-2");

        HttpResponse<String> answer = send(authorized("/gmail/v1/users/me/profile", token).GET());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
        assertThat(answer.body()).contains("\"message\" : \"Request had invalid authentication credentials." + SEE)
                .contains("\"message\" : \"Invalid Credentials\"", "\"reason\" : \"authError\"",
                        "\"status\" : \"UNAUTHENTICATED\"").doesNotContain("details");
    }

    @Test
    void anExpiredTokenIsInvalidCredentialsWithAccessTokenExpired() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();
        ((TestClock) server.clock()).advance(Duration.ofHours(1));

        HttpResponse<String> answer = send(authorized("/gmail/v1/users/me/labels", token).GET());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("\"reason\" : \"authError\"", "\"reason\" : \"ACCESS_TOKEN_EXPIRED\"",
                "\"method\" : \"caribou.api.proto.MailboxService.ListLabels\"");
    }

    @Test
    void aMessageOverGmailsSizeLimitOrWithABadToHeaderIsRefused() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();
        String big = MAIL + "x".repeat(35_882_577) + "\r\n";

        HttpResponse<String> tooLarge = send(authorized("/upload/gmail/v1/users/me/messages/send?uploadType=media",
                token).header("Content-Type", "message/rfc822").POST(HttpRequest.BodyPublishers.ofString(big)));
        HttpResponse<String> badTo = send(authorized("/gmail/v1/users/me/messages/send", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(raw("To: bob@@gmail.com, <\r\nSubject: x\r\n\r\nx\r\n"))));
        HttpResponse<String> resumable = send(authorized(
                "/upload/gmail/v1/users/me/messages/send?uploadType=resumable", token)
                .header("Content-Type", "message/rfc822").POST(HttpRequest.BodyPublishers.ofString(MAIL)));

        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body())
                .contains("\"message\" : \"Request payload size exceeds the limit: 36700160 bytes.\"");
        assertThat(badTo.statusCode()).isEqualTo(400);
        assertThat(badTo.body()).contains("\"message\" : \"Invalid To header\"", "\"reason\" : \"invalidArgument\"");
        assertThat(resumable.statusCode()).isEqualTo(400);
        assertThat(resumable.body()).contains("Invalid upload type: \\\"resumable\\\"");
        assertThat(server.receivedMessages()).isEmpty();
    }

    @Test
    void sendWithoutRawOrRecipientsIsGoogles400() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();

        HttpResponse<String> noRaw = send(authorized("/gmail/v1/users/me/messages/send", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> noRecipient = send(authorized("/gmail/v1/users/me/messages/send", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(raw("From: alice@gmail.com\r\nSubject: x\r\n\r\nx\r\n"))));

        assertThat(noRaw.statusCode()).isEqualTo(400);
        assertThat(noRaw.body()).contains("\"message\" : \"'raw' RFC822 payload message string or uploading message"
                + " via /upload/* URL required\"", "\"reason\" : \"invalidArgument\"",
                "\"status\" : \"INVALID_ARGUMENT\"");
        assertThat(noRecipient.statusCode()).isEqualTo(400);
        assertThat(noRecipient.body()).isEqualTo("""
                {
                  "error" : {
                    "code" : 400,
                    "message" : "Recipient address required",
                    "errors" : [ {
                      "message" : "Recipient address required",
                      "domain" : "global",
                      "reason" : "invalidArgument"
                    } ],
                    "status" : "INVALID_ARGUMENT"
                  }
                }""");
        assertThat(server.receivedMessages()).isEmpty();
    }

    @Test
    void aGzippedChunkedBodyIsTakenAsTheJavaClientSendsIt() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken(
                "https://www.googleapis.com/auth/gmail.send");
        byte[] gzipped = gzip(raw(MAIL));

        HttpResponse<String> answer = send(authorized("/gmail/v1/users/me/messages/send?alt=json", token)
                .header("Content-Type", "application/json; charset=UTF-8").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(gzipped))));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\n  \"id\" : \"0000000000000001\",\n  \"threadId\" :"
                + " \"0000000000000001\",\n  \"labelIds\" : [ \"SENT\" ]\n}");
        assertThat(server.receivedMessages()).singleElement().satisfies(m -> assertThat(m.subject()).isEqualTo("Hi"));
    }

    @Test
    void aBodyThatIsNotGzipIsGoogles400() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();

        HttpResponse<String> answer = send(authorized("/gmail/v1/users/me/messages/send", token)
                .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString(raw(MAIL))));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"reason\" : \"badRequest\"", "\"message\" : \"The request body is sent"
                + " with Content-Encoding: gzip but is not gzip (Not in GZIP format); send it uncompressed");
        assertThat(server.receivedMessages()).isEmpty();
    }

    @Test
    void listIsPagedNewestFirst() throws Exception {
        for (String subject : List.of("One", "Two", "Three")) {
            server.sendAs(GMAIL.account(ALICE), ("To: bob@gmail.com\r\nSubject: " + subject + "\r\n\r\nx\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        AccessToken token = GMAIL.account(ALICE).issueAccessToken(
                "https://www.googleapis.com/auth/gmail.readonly");

        HttpResponse<String> first = send(authorized("/gmail/v1/users/me/messages?maxResults=2&labelIds=SENT", token)
                .GET());
        String next = new ObjectMapper().readTree(first.body()).path("nextPageToken").asText();
        HttpResponse<String> second = send(authorized(
                "/gmail/v1/users/me/messages?maxResults=2&labelIds=SENT&pageToken=" + next, token).GET());
        HttpResponse<String> inbox = send(authorized("/gmail/v1/users/me/messages?labelIds=INBOX", token).GET());

        assertThat(next).matches("[0-9]+"); // opaque: where the next page starts in the account's view
        assertThat(first.body()).isEqualTo("""
                {
                  "messages" : [ {
                    "id" : "0000000000000003",
                    "threadId" : "0000000000000003"
                  }, {
                    "id" : "0000000000000002",
                    "threadId" : "0000000000000002"
                  } ],
                  "nextPageToken" : "%s",
                  "resultSizeEstimate" : 3
                }""".formatted(next));
        assertThat(second.body()).contains("\"id\" : \"0000000000000001\"").doesNotContain("nextPageToken");
        assertThat(inbox.body()).isEqualTo("{\n  \"resultSizeEstimate\" : 0\n}");
    }

    @Test
    void aSendOnlyTokenMayNotRead() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken("https://www.googleapis.com/auth/gmail.send");

        HttpResponse<String> answer = send(authorized("/gmail/v1/users/me/messages", token).GET());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("\"reason\" : \"ACCESS_TOKEN_SCOPE_INSUFFICIENT\"",
                "\"method\" : \"caribou.api.proto.MailboxService.ListMessages\"", "\"status\" : \"PERMISSION_DENIED\"");
    }

    @Test
    void theDailySendingLimitCountsApiSendsAndAnswers429() throws Exception {
        AccessToken token = GMAIL.account(CAROL).issueAccessToken();
        String body = raw("From: carol@gmail.com\r\nTo: bob@gmail.com\r\nSubject: One\r\n\r\nx\r\n");

        HttpResponse<String> first = send(authorized("/gmail/v1/users/me/messages/send", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        HttpResponse<String> second = send(authorized("/gmail/v1/users/me/messages/send", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.body()).contains("\"domain\" : \"usageLimits\"", "\"reason\" : \"rateLimitExceeded\"",
                "\"status\" : \"RESOURCE_EXHAUSTED\"");
        assertThat(GMAIL.account(CAROL).sentInLast24Hours()).isEqualTo(1);
    }

    @Test
    void anotherUsersMailboxIsDelegationDenied() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();

        HttpResponse<String> answer = send(authorized("/gmail/v1/users/bob@gmail.com/profile", token).GET());
        HttpResponse<String> own = send(authorized("/gmail/v1/users/alice@gmail.com/profile", token).GET());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("\"message\" : \"Delegation denied for bob@gmail.com\"");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"emailAddress\" : \"alice@gmail.com\"");
    }

    @Test
    void anUnknownMethodAndAWrongMediaTypeAnswerInGooglesEnvelope() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();

        HttpResponse<String> unknown = send(authorized("/gmail/v1/users/me/settings/filters", token).GET());
        HttpResponse<String> upload = send(authorized("/upload/gmail/v1/users/me/messages/send?uploadType=media",
                token).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(MAIL)));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"message\" : \"Method not found.\"", "\"reason\" : \"notFound\"",
                "\"status\" : \"NOT_FOUND\"");
        assertThat(upload.statusCode()).isEqualTo(400);
        assertThat(upload.body()).contains("\"reason\" : \"badContent\"", "Content-Type: message/rfc822,"
                + " multipart/related, but the request had Content-Type: text/plain");
        assertThat(server.receivedMessages()).isEmpty();
    }

    @Test
    void theControlApiMintsRefreshTokensWithTheScopesNamed() throws Exception {
        HttpResponse<String> minted = send(request("/api/accounts/alice@gmail.com/refresh-tokens")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"scopes\": [\"https://www.googleapis.com/auth/gmail.readonly\","
                                + " \"https://www.googleapis.com/auth/gmail.send\"]}")));

        assertThat(minted.statusCode()).isEqualTo(201);
        assertThat(minted.body()).contains("\"scope\" : \"https://www.googleapis.com/auth/gmail.readonly"
                + " https://www.googleapis.com/auth/gmail.send\"");
        assertThat(GMAIL.account(ALICE).refreshTokens()).singleElement().satisfies(t -> assertThat(t.scope())
                .isEqualTo("https://www.googleapis.com/auth/gmail.readonly"
                        + " https://www.googleapis.com/auth/gmail.send"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.gmailApiRootUrl()).resolve(path));
    }

    private HttpRequest.Builder authorized(String path, AccessToken token) {
        return request(path).header("Authorization", "Bearer " + token.value());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String raw(String message) {
        return "{\"raw\": \"" + Base64.getUrlEncoder().encodeToString(message.getBytes(StandardCharsets.UTF_8))
                + "\"}";
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
