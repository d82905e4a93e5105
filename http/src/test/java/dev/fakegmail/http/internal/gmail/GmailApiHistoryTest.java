package dev.fakegmail.http.internal.gmail;

import static dev.fakegmail.http.internal.gmail.GmailApiServer.ALICE;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.BOB;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.NOT_FOUND;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.smtpFromAlice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakegmail.server.AccessToken;
import dev.fakegmail.server.FakeGmailServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/gmail-api.md §4 "History": users.history.list on the wire, byte for byte where Google's shape matters. */
class GmailApiHistoryTest {
    @RegisterExtension
    static final GmailApiServer GMAIL = new GmailApiServer();

    private static final String READONLY = "https://www.googleapis.com/auth/gmail.readonly";

    private final FakeGmailServer server = GMAIL.server();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMessageSentOverSmtpIsAMessageAddedForItsSenderAndItsRecipient() throws Exception {
        AccessToken alice = GMAIL.account(ALICE).issueAccessToken(READONLY);
        AccessToken bob = GMAIL.account(BOB).issueAccessToken(READONLY);
        String aliceStart = profileHistoryId(alice);
        String bobStart = profileHistoryId(bob);

        smtpFromAlice(server, "To: bob@gmail.com\r\nSubject: Over SMTP\r\n\r\nHello\r\n");

        JsonNode sent = get("/gmail/v1/users/me/history?startHistoryId=" + aliceStart, alice);
        String id = sent.at("/history/0/id").asText();
        assertThat(sent.toPrettyString()).isEqualTo("""
                {
                  "history" : [ {
                    "id" : "%s",
                    "messages" : [ {
                      "id" : "0000000000000001",
                      "threadId" : "0000000000000001"
                    } ],
                    "messagesAdded" : [ {
                      "message" : {
                        "id" : "0000000000000001",
                        "threadId" : "0000000000000001",
                        "labelIds" : [ "SENT" ]
                      }
                    } ]
                  } ],
                  "historyId" : "%s"
                }""".formatted(id, id));
        assertThat(Long.parseLong(id)).isGreaterThan(Long.parseLong(aliceStart));
        assertThat(profileHistoryId(alice)).isEqualTo(id);
        assertThat(get("/gmail/v1/users/me/messages/0000000000000001?format=minimal", alice).get("historyId")
                .asText()).isEqualTo(id);
        JsonNode received = get("/gmail/v1/users/me/history?startHistoryId=" + bobStart, bob);
        assertThat(received.at("/history/0/messagesAdded/0/message/labelIds").toString())
                .isEqualTo("[\"INBOX\",\"UNREAD\"]");
        assertThat(get("/gmail/v1/users/me/history?startHistoryId=" + id, alice).toPrettyString())
                .isEqualTo("{\n  \"historyId\" : \"" + id + "\"\n}");
    }

    @Test
    void aReplyDeliveredInboundIsFoundByTypeAndLabel() throws Exception {
        AccessToken alice = GMAIL.account(ALICE).issueAccessToken(READONLY);
        server.sendAs(GMAIL.account(ALICE), "To: bob@gmail.com\r\nSubject: Offer\r\nMessage-ID: <offer@crm>\r\n\r\nx\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        String start = profileHistoryId(alice);

        server.deliverInbound(ALICE.address(), ("From: bob@gmail.com\r\nTo: alice@gmail.com\r\nSubject: Re: Offer\r\n"
                + "In-Reply-To: <offer@crm>\r\n\r\nYes\r\n").getBytes(StandardCharsets.US_ASCII));

        JsonNode inbox = get("/gmail/v1/users/me/history?startHistoryId=" + start
                + "&historyTypes=messageAdded&labelId=INBOX", alice);
        assertThat(inbox.at("/history").size()).isEqualTo(1);
        assertThat(inbox.at("/history/0/messagesAdded/0/message").toString()).isEqualTo(
                "{\"id\":\"4000000000000001\",\"threadId\":\"0000000000000001\",\"labelIds\":[\"INBOX\",\"UNREAD\"]}");
        assertThat(get("/gmail/v1/users/me/history?startHistoryId=" + start + "&labelId=SENT", alice).has("history"))
                .isFalse();
        assertThat(get("/gmail/v1/users/me/history?startHistoryId=" + start + "&historyTypes=labelAdded", alice)
                .has("history")).isFalse();
    }

    @Test
    void modifyIsOneRecordWithLabelsAddedAndLabelsRemoved() throws Exception {
        AccessToken bob = GMAIL.account(BOB).issueAccessToken("https://www.googleapis.com/auth/gmail.modify");
        server.sendAs(GMAIL.account(ALICE), "To: bob@gmail.com\r\nSubject: Hi\r\n\r\nx\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        String start = profileHistoryId(bob);

        HttpResponse<String> modified = send(authorized("/gmail/v1/users/me/messages/0000000000000001/modify", bob)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"addLabelIds\": [\"STARRED\"], \"removeLabelIds\": [\"UNREAD\"]}")));

        assertThat(modified.statusCode()).isEqualTo(200);
        JsonNode history = get("/gmail/v1/users/me/history?startHistoryId=" + start, bob);
        String id = history.at("/history/0/id").asText();
        assertThat(history.at("/history/0").toPrettyString()).isEqualTo("""
                {
                  "id" : "%s",
                  "messages" : [ {
                    "id" : "0000000000000001",
                    "threadId" : "0000000000000001"
                  } ],
                  "labelsAdded" : [ {
                    "message" : {
                      "id" : "0000000000000001",
                      "threadId" : "0000000000000001",
                      "labelIds" : [ "INBOX", "STARRED" ]
                    },
                    "labelIds" : [ "STARRED" ]
                  } ],
                  "labelsRemoved" : [ {
                    "message" : {
                      "id" : "0000000000000001",
                      "threadId" : "0000000000000001",
                      "labelIds" : [ "INBOX", "STARRED" ]
                    },
                    "labelIds" : [ "UNREAD" ]
                  } ]
                }""".formatted(id));
        assertThat(get("/gmail/v1/users/me/messages/0000000000000001?format=minimal", bob).get("historyId").asText())
                .isEqualTo(id);
        JsonNode removedOnly = get("/gmail/v1/users/me/history?startHistoryId=" + start
                + "&historyTypes=labelRemoved", bob);
        assertThat(removedOnly.at("/history/0").has("labelsAdded")).isFalse();
        assertThat(removedOnly.at("/history/0/labelsRemoved/0/labelIds").toString()).isEqualTo("[\"UNREAD\"]");
    }

    @Test
    void deletingThroughTheApiIsMessagesDeletedInEveryMailboxThatHadIt() throws Exception {
        AccessToken alice = GMAIL.account(ALICE).issueAccessToken();
        AccessToken bob = GMAIL.account(BOB).issueAccessToken(READONLY);
        server.sendAs(GMAIL.account(ALICE), "To: bob@gmail.com\r\nSubject: Oops\r\n\r\nx\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        String aliceStart = profileHistoryId(alice);
        String bobStart = profileHistoryId(bob);

        HttpResponse<String> deleted = send(authorized("/gmail/v1/users/me/messages/0000000000000001", alice)
                .DELETE());

        assertThat(deleted.statusCode()).isEqualTo(204);
        JsonNode history = get("/gmail/v1/users/me/history?startHistoryId=" + aliceStart, alice);
        assertThat(history.at("/history/0").toPrettyString()).isEqualTo("""
                {
                  "id" : "%s",
                  "messages" : [ {
                    "id" : "0000000000000001",
                    "threadId" : "0000000000000001"
                  } ],
                  "messagesDeleted" : [ {
                    "message" : {
                      "id" : "0000000000000001",
                      "threadId" : "0000000000000001",
                      "labelIds" : [ "SENT" ]
                    }
                  } ]
                }""".formatted(history.get("historyId").asText()));
        assertThat(get("/gmail/v1/users/me/history?startHistoryId=" + bobStart + "&historyTypes=messageDeleted", bob)
                .at("/history/0/messagesDeleted/0/message/id").asText()).isEqualTo("0000000000000001");
        assertThat(get("/gmail/v1/users/me/profile", alice).get("messagesTotal").asInt()).isZero();
    }

    @Test
    void aLongHistoryIsPagedOldestFirst() throws Exception {
        AccessToken alice = GMAIL.account(ALICE).issueAccessToken(READONLY);
        String start = profileHistoryId(alice);
        for (String subject : new String[] {"One", "Two", "Three"}) {
            server.sendAs(GMAIL.account(ALICE), ("To: bob@gmail.com\r\nSubject: " + subject + "\r\n\r\nx\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }

        JsonNode first = get("/gmail/v1/users/me/history?maxResults=2&startHistoryId=" + start, alice);
        JsonNode second = get("/gmail/v1/users/me/history?maxResults=2&startHistoryId=" + start + "&pageToken="
                + first.get("nextPageToken").asText(), alice);

        assertThat(first.get("history")).extracting(h -> h.at("/messagesAdded/0/message/id").asText())
                .containsExactly("0000000000000001", "0000000000000002");
        assertThat(second.get("history")).extracting(h -> h.at("/messagesAdded/0/message/id").asText())
                .containsExactly("0000000000000003");
        assertThat(second.has("nextPageToken")).isFalse();
        assertThat(second.get("historyId").asText()).isEqualTo(first.get("historyId").asText())
                .isEqualTo(second.at("/history/0/id").asText());
    }

    @Test
    void afterExpireHistoryAnOlderStartHistoryIdIsGoogles404AndAFreshOneWorks() throws Exception {
        AccessToken alice = GMAIL.account(ALICE).issueAccessToken(READONLY);
        server.sendAs(GMAIL.account(ALICE), "To: bob@gmail.com\r\nSubject: Hi\r\n\r\nx\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        String stored = profileHistoryId(alice);

        GMAIL.account(ALICE).expireGmailApiHistory();

        HttpResponse<String> tooOld = send(authorized("/gmail/v1/users/me/history?startHistoryId=" + stored, alice)
                .GET());
        assertThat(tooOld.statusCode()).isEqualTo(404);
        assertThat(tooOld.body()).isEqualTo(NOT_FOUND);
        String fresh = profileHistoryId(alice);
        assertThat(Long.parseLong(fresh)).isGreaterThan(Long.parseLong(stored));
        assertThat(get("/gmail/v1/users/me/history?startHistoryId=" + fresh, alice).toPrettyString())
                .isEqualTo("{\n  \"historyId\" : \"" + fresh + "\"\n}");
        assertThat(get("/gmail/v1/users/me/messages", alice).get("resultSizeEstimate").asInt()).isEqualTo(1);
    }

    @Test
    void theControlApiExpiresTheHistoryOfOneAccount() throws Exception {
        AccessToken alice = GMAIL.account(ALICE).issueAccessToken(READONLY);
        AccessToken bob = GMAIL.account(BOB).issueAccessToken(READONLY);
        String aliceStored = profileHistoryId(alice);
        String bobStored = profileHistoryId(bob);

        HttpResponse<String> expired = send(request("/api/accounts/alice@gmail.com/gmail-api/expire-history")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(expired.statusCode()).isEqualTo(204);
        assertThat(send(authorized("/gmail/v1/users/me/history?startHistoryId=" + aliceStored, alice).GET()).body())
                .isEqualTo(NOT_FOUND);
        assertThat(send(authorized("/gmail/v1/users/me/history?startHistoryId=" + bobStored, bob).GET())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aResetMakesEveryEarlierHistoryIdTooOld() throws Exception {
        AccessToken before = GMAIL.account(ALICE).issueAccessToken(READONLY);
        server.sendAs(GMAIL.account(ALICE), "To: bob@gmail.com\r\nSubject: Hi\r\n\r\nx\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        String stored = profileHistoryId(before);

        server.reset();

        AccessToken alice = GMAIL.account(ALICE).issueAccessToken(READONLY);
        assertThat(send(authorized("/gmail/v1/users/me/history?startHistoryId=" + stored, alice).GET()).body())
                .isEqualTo(NOT_FOUND);
        assertThat(get("/gmail/v1/users/me/profile", alice).get("messagesTotal").asInt()).isZero();
    }

    @Test
    void aMissingOrMalformedStartHistoryIdIsGoogles400() throws Exception {
        AccessToken alice = GMAIL.account(ALICE).issueAccessToken(READONLY);

        HttpResponse<String> missing = send(authorized("/gmail/v1/users/me/history", alice).GET());
        HttpResponse<String> malformed = send(authorized("/gmail/v1/users/me/history?startHistoryId=x1", alice).GET());
        HttpResponse<String> badType = send(authorized("/gmail/v1/users/me/history?startHistoryId=1&historyTypes=all",
                alice).GET());

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).isEqualTo("""
                {
                  "error" : {
                    "code" : 400,
                    "message" : "Missing/invalid parameter: startHistoryId",
                    "errors" : [ {
                      "message" : "Missing/invalid parameter: startHistoryId",
                      "domain" : "global",
                      "reason" : "invalidArgument"
                    } ],
                    "status" : "INVALID_ARGUMENT"
                  }
                }""");
        assertThat(malformed.body()).isEqualTo(missing.body());
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).contains("\"message\" : \"Invalid value at 'history_types' (type.googleapis.com/"
                + "caribou.api.proto.HistoryType), \\\"all\\\"\"");
    }

    @Test
    void aSendOnlyTokenMayNotReadTheHistoryAndAMetadataTokenMay() throws Exception {
        AccessToken send = GMAIL.account(ALICE).issueAccessToken("https://www.googleapis.com/auth/gmail.send");
        AccessToken metadata = GMAIL.account(ALICE).issueAccessToken("https://www.googleapis.com/auth/gmail.metadata");

        String start = profileHistoryId(GMAIL.account(ALICE).issueAccessToken(READONLY));

        HttpResponse<String> refused = send(authorized("/gmail/v1/users/me/history?startHistoryId=" + start, send)
                .GET());
        HttpResponse<String> served = send(authorized("/gmail/v1/users/me/history?startHistoryId=" + start, metadata)
                .GET());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"method\" : \"caribou.api.proto.MailboxService.ListHistory\"");
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElseThrow()).endsWith("scope=\""
                + "https://mail.google.com/ https://www.googleapis.com/auth/gmail.modify"
                + " https://www.googleapis.com/auth/gmail.readonly https://www.googleapis.com/auth/gmail.metadata\"");
        assertThat(served.statusCode()).isEqualTo(200);
    }


    private String profileHistoryId(AccessToken token) throws Exception {
        return get("/gmail/v1/users/me/profile", token).get("historyId").asText();
    }

    private JsonNode get(String path, AccessToken token) throws Exception {
        HttpResponse<String> answer = send(authorized(path, token).GET());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.gmailApiRootUrl()).resolve(path));
    }

    private HttpRequest.Builder authorized(String path, AccessToken token) {
        return request(path).header("Authorization", "Bearer " + token.value());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
