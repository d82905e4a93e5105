package dev.fakegmail.http.internal.gmail;

import static dev.fakegmail.http.internal.gmail.GmailApiServer.ALICE;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.BOB;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.AccessToken;
import dev.fakegmail.server.ActivityEvent;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.Fault;
import dev.fakegmail.server.GmailApiFault;
import dev.fakegmail.server.Stage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/gmail-api.md §5 (drafts): the Draft resource and Google's errors, byte for byte on the wire. */
class GmailApiDraftsWireTest {
    @RegisterExtension
    static final GmailApiServer GMAIL = new GmailApiServer();

    private static final String DRAFTS = "/gmail/v1/users/me/drafts";
    private static final String MAIL = "From: alice@gmail.com\r\nTo: bob@gmail.com\r\nSubject: Hi\r\n\r\nHello\r\n";

    private final FakeGmailServer server = GMAIL.server();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void createAnswersTheDraftAndSendsNothing() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken("https://www.googleapis.com/auth/gmail.compose");

        HttpResponse<String> created = post(DRAFTS, token, draft(MAIL));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).isEqualTo("""
                {
                  "id" : "r1",
                  "message" : {
                    "id" : "2000000000000001",
                    "threadId" : "2000000000000001",
                    "labelIds" : [ "DRAFT" ]
                  }
                }""");
        assertThat(server.receivedMessages()).isEmpty();
        assertThat(server.mailbox(BOB.address(), "INBOX")).isEmpty();
        assertThat(server.mailbox(ALICE.address(), "[Gmail]/Sent Mail")).isEmpty();
        assertThat(server.activity()).noneMatch(e -> e.kind() == ActivityEvent.Kind.MESSAGE_ACCEPTED);
        assertThat(GMAIL.account(ALICE).sentInLast24Hours()).isZero();
    }

    @Test
    void listIsPagedNewestFirstAndTakesQ() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();
        for (String subject : new String[] {"One", "Two", "Three"}) {
            post(DRAFTS, token, draft("To: bob@gmail.com\r\nSubject: " + subject + "\r\n\r\nx\r\n"));
        }
        AccessToken readonly = GMAIL.account(ALICE).issueAccessToken("https://www.googleapis.com/auth/gmail.readonly");

        HttpResponse<String> first = get(DRAFTS + "?maxResults=2", readonly);
        HttpResponse<String> second = get(DRAFTS + "?maxResults=2&pageToken=2", readonly);
        HttpResponse<String> two = get(DRAFTS + "?q=subject:two%20is:draft&includeSpamTrash=true", readonly);
        HttpResponse<String> bobs = get(DRAFTS, GMAIL.account(BOB).issueAccessToken());

        assertThat(first.body()).isEqualTo("""
                {
                  "drafts" : [ {
                    "id" : "r3",
                    "message" : {
                      "id" : "2000000000000003",
                      "threadId" : "2000000000000003"
                    }
                  }, {
                    "id" : "r2",
                    "message" : {
                      "id" : "2000000000000002",
                      "threadId" : "2000000000000002"
                    }
                  } ],
                  "nextPageToken" : "2",
                  "resultSizeEstimate" : 3
                }""");
        assertThat(second.body()).contains("\"id\" : \"r1\"").doesNotContain("nextPageToken", "\"r2\"");
        assertThat(two.body()).contains("\"id\" : \"r2\"", "\"resultSizeEstimate\" : 1").doesNotContain("\"r1\"",
                "\"r3\"");
        assertThat(bobs.body()).isEqualTo("{\n  \"resultSizeEstimate\" : 0\n}");
    }

    @Test
    void aDraftWithoutMessageIsGoogles400() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();

        HttpResponse<String> empty = post(DRAFTS, token, "{}");
        HttpResponse<String> noRaw = post(DRAFTS, token, "{\"message\": {\"threadId\": \"0000000000000001\"}}");
        HttpResponse<String> badTo = post(DRAFTS, token, draft("To: bob@@gmail.com, <\r\nSubject: x\r\n\r\nx\r\n"));

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).isEqualTo("""
                {
                  "error" : {
                    "code" : 400,
                    "message" : "Missing draft message",
                    "errors" : [ {
                      "message" : "Missing draft message",
                      "domain" : "global",
                      "reason" : "invalidArgument"
                    } ],
                    "status" : "INVALID_ARGUMENT"
                  }
                }""");
        assertThat(noRaw.statusCode()).isEqualTo(400);
        assertThat(noRaw.body()).contains("\"message\" : \"Missing draft message\"");
        assertThat(badTo.statusCode()).isEqualTo(400);
        assertThat(badTo.body()).contains("\"message\" : \"Invalid To header\"");
        assertThat(get(DRAFTS, token).body()).isEqualTo("{\n  \"resultSizeEstimate\" : 0\n}");
    }

    @Test
    void anUnknownDraftIsGoogles404AndSendWithoutIdA400() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();
        post(DRAFTS, token, draft(MAIL));
        AccessToken bobs = GMAIL.account(BOB).issueAccessToken();

        HttpResponse<String> get = get(DRAFTS + "/r9", token);
        HttpResponse<String> other = get(DRAFTS + "/r1", bobs);
        HttpResponse<String> update = send(authorized(DRAFTS + "/r9", token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(draft(MAIL))));
        HttpResponse<String> delete = send(authorized(DRAFTS + "/r9", token).DELETE());
        HttpResponse<String> sendUnknown = post(DRAFTS + "/send", token, "{\"id\": \"r9\"}");
        HttpResponse<String> sendNoId = post(DRAFTS + "/send", token, "{}");

        assertThat(get.statusCode()).isEqualTo(404);
        assertThat(get.body()).isEqualTo(GmailApiServer.NOT_FOUND);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(update.statusCode()).isEqualTo(404);
        assertThat(delete.statusCode()).isEqualTo(404);
        assertThat(sendUnknown.statusCode()).isEqualTo(404);
        assertThat(sendNoId.statusCode()).isEqualTo(400);
        assertThat(sendNoId.body()).contains("\"message\" : \"Missing draft id: send {\\\"id\\\": \\\"<the draft's"
                + " id>\\\"}, as drafts.create or drafts.list answered it\"", "\"reason\" : \"invalidArgument\"");
        assertThat(server.receivedMessages()).isEmpty();
    }

    @Test
    void aSendOnlyTokenMayNotCreateADraftAndAReadonlyTokenOnlyRead() throws Exception {
        AccessToken sendOnly = GMAIL.account(ALICE).issueAccessToken("https://www.googleapis.com/auth/gmail.send");
        AccessToken readonly = GMAIL.account(ALICE).issueAccessToken("https://www.googleapis.com/auth/gmail.readonly");

        HttpResponse<String> create = post(DRAFTS, sendOnly, draft(MAIL));
        HttpResponse<String> createReadonly = post(DRAFTS, readonly, draft(MAIL));
        HttpResponse<String> sendReadonly = post(DRAFTS + "/send", readonly, "{\"id\": \"r1\"}");
        HttpResponse<String> list = get(DRAFTS, sendOnly);

        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(create.headers().firstValue("WWW-Authenticate")).hasValue("Bearer"
                + " realm=\"https://accounts.google.com/\", error=\"insufficient_scope\","
                + " scope=\"https://mail.google.com/ https://www.googleapis.com/auth/gmail.modify"
                + " https://www.googleapis.com/auth/gmail.compose\"");
        assertThat(create.body()).contains("\"message\" : \"Request had insufficient authentication scopes.\"",
                "\"reason\" : \"insufficientPermissions\"", "\"reason\" : \"ACCESS_TOKEN_SCOPE_INSUFFICIENT\"",
                "\"method\" : \"caribou.api.proto.MailboxService.CreateDraft\"");
        assertThat(createReadonly.statusCode()).isEqualTo(403);
        assertThat(sendReadonly.statusCode()).isEqualTo(403);
        assertThat(sendReadonly.body()).contains("\"method\" : \"caribou.api.proto.MailboxService.SendDraft\"");
        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(get(DRAFTS, readonly).statusCode()).isEqualTo(200);
        assertThat(post(DRAFTS, GMAIL.account(ALICE).issueAccessToken("https://www.googleapis.com/auth/gmail.modify"),
                draft(MAIL)).statusCode()).isEqualTo(200);
    }

    @Test
    void sendSendsItAsMessagesSendDoesAndTheDraftIsGone() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken("https://www.googleapis.com/auth/gmail.compose");
        post(DRAFTS, token, draft("From: someone@example.com\r\nTo: bob@gmail.com\r\nSubject: Hi\r\n\r\nHello\r\n"));

        HttpResponse<String> sent = post(DRAFTS + "/send", token, "{\"id\": \"r1\"}");

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).isEqualTo("""
                {
                  "id" : "0000000000000001",
                  "threadId" : "0000000000000001",
                  "labelIds" : [ "SENT" ]
                }""");
        assertThat(server.awaitMessages(1, Duration.ofSeconds(5))).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo(ALICE.address());
            assertThat(m.envelope().recipients()).containsExactly(BOB.address());
            assertThat(m.authMechanism()).isEqualTo("GMAIL_API");
        });
        assertThat(server.activity()).filteredOn(e -> e.kind() == ActivityEvent.Kind.MESSAGE_ACCEPTED)
                .singleElement().satisfies(e -> assertThat(e.sessionId()).startsWith("GMAIL_API-"));
        assertThat(get(DRAFTS + "/r1", token).statusCode()).isEqualTo(404);
        assertThat(get(DRAFTS, token).body()).isEqualTo("{\n  \"resultSizeEstimate\" : 0\n}");
        assertThat(post(DRAFTS + "/send", token, "{\"id\": \"r1\"}").statusCode()).isEqualTo(404);
        assertThat(server.receivedMessages()).hasSize(1);
    }

    @Test
    void aRefusedSendLeavesTheDraftAsItWas() throws Exception {
        AccessToken alice = GMAIL.account(ALICE).issueAccessToken();
        post(DRAFTS, alice, draft("Subject: To nobody yet\r\n\r\nx\r\n"));
        AccessToken carol = GMAIL.account(CAROL).issueAccessToken();
        server.sendAs(GMAIL.account(CAROL), "To: bob@gmail.com\r\nSubject: One\r\n\r\nx\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        post(DRAFTS, carol, draft("To: bob@gmail.com\r\nSubject: Two\r\n\r\nx\r\n"));

        HttpResponse<String> noRecipient = post(DRAFTS + "/send", alice, "{\"id\": \"r1\"}");
        HttpResponse<String> overLimit = post(DRAFTS + "/send", carol, "{\"id\": \"r2\"}");

        assertThat(noRecipient.statusCode()).isEqualTo(400);
        assertThat(noRecipient.body()).contains("\"message\" : \"Recipient address required\"");
        assertThat(overLimit.statusCode()).isEqualTo(429);
        assertThat(overLimit.body()).contains("\"message\" : \"User-rate limit exceeded.\"",
                "\"reason\" : \"rateLimitExceeded\"", "\"status\" : \"RESOURCE_EXHAUSTED\"");
        assertThat(get(DRAFTS + "/r1", alice).statusCode()).isEqualTo(200);
        assertThat(get(DRAFTS + "/r2", carol).statusCode()).isEqualTo(200);
        assertThat(server.receivedMessages()).hasSize(1);
    }

    @Test
    void updateKeepsTheDraftIdAndGivesItANewMessage() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();
        post(DRAFTS, token, draft(MAIL));
        String edited = "To: bob@gmail.com\r\nSubject: Hi again\r\n\r\nEdited\r\n";

        HttpResponse<String> updated = send(authorized(DRAFTS + "/r1", token).header("Content-Type",
                "application/json").PUT(HttpRequest.BodyPublishers.ofString(draft(edited))));
        HttpResponse<String> raw = get(DRAFTS + "/r1?format=raw", token);

        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).contains("\"id\" : \"r1\"", "\"id\" : \"2000000000000002\"",
                "\"threadId\" : \"2000000000000001\"");
        assertThat(raw.body()).contains("\"id\" : \"r1\"", "\"raw\" : \"" + base64(edited) + "\"",
                "\"labelIds\" : [ \"DRAFT\" ]", "\"snippet\" : \"Edited\"");
        assertThat(get(DRAFTS, token).body()).contains("\"resultSizeEstimate\" : 1");
        assertThat(get("/gmail/v1/users/me/messages/2000000000000001", token).statusCode()).isEqualTo(404);
    }

    @Test
    void deleteIs204AndTheDraftIsGone() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();
        post(DRAFTS, token, draft(MAIL));

        HttpResponse<String> deleted = send(authorized(DRAFTS + "/r1", token).DELETE());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(get(DRAFTS + "/r1", token).statusCode()).isEqualTo(404);
        assertThat(server.receivedMessages()).isEmpty();
    }

    @Test
    void theDraftsMessageIsReadableWithMessagesGetButNotListed() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();
        post(DRAFTS, token, draft(MAIL));

        HttpResponse<String> minimal = get("/gmail/v1/users/me/messages/2000000000000001?format=minimal", token);
        HttpResponse<String> listed = get("/gmail/v1/users/me/messages", token);

        assertThat(minimal.statusCode()).isEqualTo(200);
        assertThat(minimal.body()).startsWith("""
                {
                  "id" : "2000000000000001",
                  "threadId" : "2000000000000001",
                  "labelIds" : [ "DRAFT" ],
                  "snippet" : "Hello",
                """);
        assertThat(listed.body()).isEqualTo("{\n  \"resultSizeEstimate\" : 0\n}");
        assertThat(get("/gmail/v1/users/me/messages/2000000000000001", GMAIL.account(BOB).issueAccessToken())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aResetForgetsEveryDraftAndNumbersFromR1Again() throws Exception {
        post(DRAFTS, GMAIL.account(ALICE).issueAccessToken(), draft(MAIL));
        post(DRAFTS, GMAIL.account(ALICE).issueAccessToken(), draft(MAIL));

        server.reset();
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();

        assertThat(get(DRAFTS, token).body()).isEqualTo("{\n  \"resultSizeEstimate\" : 0\n}");
        assertThat(post(DRAFTS, token, draft(MAIL)).body()).contains("\"id\" : \"r1\"",
                "\"id\" : \"2000000000000001\"");
    }

    @Test
    void theUploadFormsCreateAndSendADraft() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();
        String replacement = "To: bob@gmail.com\r\nSubject: Uploaded\r\n\r\nAs uploaded\r\n";
        String boundary = "part_boundary";
        String multipart = "--" + boundary + "\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n"
                + "{\"id\": \"r1\"}\r\n--" + boundary + "\r\nContent-Type: message/rfc822\r\n\r\n" + replacement
                + "\r\n--" + boundary + "--\r\n";

        HttpResponse<String> created = send(authorized("/upload" + DRAFTS + "?uploadType=media", token)
                .header("Content-Type", "message/rfc822").POST(HttpRequest.BodyPublishers.ofString(MAIL)));
        HttpResponse<String> updated = send(authorized("/upload" + DRAFTS + "/r1?uploadType=media", token)
                .header("Content-Type", "message/rfc822").PUT(HttpRequest.BodyPublishers.ofString(MAIL)));
        HttpResponse<String> sent = send(authorized("/upload" + DRAFTS + "/send?uploadType=multipart", token)
                .header("Content-Type", "multipart/related; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("\"id\" : \"r1\"", "\"labelIds\" : [ \"DRAFT\" ]");
        assertThat(updated.body()).contains("\"id\" : \"r1\"", "\"id\" : \"2000000000000002\"");
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("\"labelIds\" : [ \"SENT\" ]");
        assertThat(server.awaitMessages(1, Duration.ofSeconds(5))).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Uploaded"));
        assertThat(get(DRAFTS, token).body()).isEqualTo("{\n  \"resultSizeEstimate\" : 0\n}");
    }

    @Test
    void aThreadIdGivenIsKeptAndAMessageOverGmailsLimitIsRefused() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();
        String big = MAIL + "x".repeat(35_882_577) + "\r\n";

        HttpResponse<String> threaded = post(DRAFTS, token, "{\"message\": {\"threadId\": \"0000000000000005\","
                + " \"raw\": \"" + base64(MAIL) + "\"}}");
        HttpResponse<String> tooLarge = send(authorized("/upload" + DRAFTS + "?uploadType=media", token)
                .header("Content-Type", "message/rfc822").POST(HttpRequest.BodyPublishers.ofString(big)));

        assertThat(threaded.body()).contains("\"id\" : \"2000000000000001\"", "\"threadId\" : \"0000000000000005\"");
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body())
                .contains("\"message\" : \"Request payload size exceeds the limit: 36700160 bytes.\"");
        assertThat(get(DRAFTS, token).body()).contains("\"resultSizeEstimate\" : 1");
    }

    @Test
    void aPlannedFaultStrikesDraftsSendAndTheDraftStays() throws Exception {
        AccessToken token = GMAIL.account(ALICE).issueAccessToken();
        post(DRAFTS, token, draft(MAIL));
        server.faults().on(Stage.GMAIL_API).once().inject(Fault.gmailApi(GmailApiFault.BACKEND_ERROR));

        HttpResponse<String> struck = post(DRAFTS + "/send", token, "{\"id\": \"r1\"}");
        HttpResponse<String> retried = post(DRAFTS + "/send", token, "{\"id\": \"r1\"}");

        assertThat(struck.statusCode()).isEqualTo(500);
        assertThat(struck.body()).contains("\"message\" : \"Backend Error\"", "\"reason\" : \"backendError\"");
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(server.receivedMessages()).hasSize(1);
    }

    private HttpResponse<String> post(String path, AccessToken token, String json)
            throws IOException, InterruptedException {
        return send(authorized(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> get(String path, AccessToken token) throws IOException, InterruptedException {
        return send(authorized(path, token).GET());
    }

    private HttpRequest.Builder authorized(String path, AccessToken token) {
        return HttpRequest.newBuilder(URI.create(server.gmailApiRootUrl()).resolve(path))
                .header("Authorization", "Bearer " + token.value());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String draft(String message) {
        return "{\"message\": {\"raw\": \"" + base64(message) + "\"}}";
    }

    private static String base64(String message) {
        return Base64.getUrlEncoder().encodeToString(message.getBytes(StandardCharsets.UTF_8));
    }
}
