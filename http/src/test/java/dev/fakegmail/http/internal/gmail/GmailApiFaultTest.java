package dev.fakegmail.http.internal.gmail;

import static dev.fakegmail.http.internal.gmail.GmailApiServer.ALICE;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Message;
import dev.fakegmail.server.Fault;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailApiFault;
import dev.fakegmail.server.GmailFault;
import dev.fakegmail.server.OAuthClient;
import dev.fakegmail.server.Stage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/gmail-api.md §6: faults planned at Stage.GMAIL_API reach Google's client as Google's exact envelopes. */
class GmailApiFaultTest {
    @RegisterExtension
    static final GmailApiServer GMAIL = new GmailApiServer();

    private static final OAuthClient CLIENT = new OAuthClient("123-crm.apps.googleusercontent.com", "GOCSPX-crm");
    private static final Pattern RETRY = Pattern.compile("User-rate limit exceeded\\.  Retry after "
            + "(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z)");

    private final FakeGmailServer server = GMAIL.server();

    @Test
    void aPlanned429SaysWhenToRetryOnTheServersClockAndTheNextCallSucceeds() throws Exception {
        Gmail gmail = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        gmail.users().getProfile("me").execute(); // the token is fetched before the fault is planned
        server.faults().on(Stage.GMAIL_API).once().inject(Fault.gmailApi(GmailApiFault.RATE_LIMIT_EXCEEDED));
        Instant before = server.clock().instant();

        GoogleJsonResponseException refused = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> gmail.users().messages().send("me", new Message().encodeRaw(GoogleClients.mail("Hi", "From",
                        ALICE.address(), "To", BOB.address()))).execute());

        assertThat(refused.getStatusCode()).isEqualTo(429);
        Matcher matcher = RETRY.matcher(refused.getDetails().getMessage());
        assertThat(matcher.matches()).as(refused.getDetails().getMessage()).isTrue();
        assertThat(Instant.parse(matcher.group(1))).isBetween(before.plusMillis(999),
                server.clock().instant().plusSeconds(1));
        GoogleJsonError.ErrorInfo item = refused.getDetails().getErrors().get(0);
        assertThat(item.getReason()).isEqualTo("rateLimitExceeded");
        assertThat(item.getDomain()).isEqualTo("usageLimits");
        assertThat(item.getMessage()).isEqualTo(refused.getDetails().getMessage());
        assertThat(refused.getDetails().get("status")).isEqualTo("RESOURCE_EXHAUSTED");
        assertThat(server.receivedMessages()).isEmpty();
        assertThat(server.faults().struck()).singleElement().satisfies(struck -> {
            assertThat(struck.stage()).isEqualTo(Stage.GMAIL_API);
            assertThat(struck.account()).contains(ALICE.address());
        });
        gmail.users().messages().send("me", new Message().encodeRaw(GoogleClients.mail("Hi", "From",
                ALICE.address(), "To", BOB.address()))).execute();
        assertThat(server.receivedMessages()).hasSize(1);
    }

    @Test
    void backendErrorAndUnavailableAreGooglesEnvelopesAndARuleForOneAccountSparesTheOthers() throws Exception {
        Gmail alice = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        Gmail bob = GoogleClients.gmail(server, GMAIL.account(BOB).mintRefreshToken(CLIENT));
        server.faults().on(Stage.GMAIL_API).once().forAccount(ALICE.address())
                .inject(Fault.gmailApi(GmailApiFault.BACKEND_ERROR));
        server.faults().on(Stage.GMAIL_API).once().forAccount(ALICE.address())
                .inject(Fault.gmailApi(GmailApiFault.SERVICE_UNAVAILABLE));

        assertThat(bob.users().getProfile("me").execute().getEmailAddress()).isEqualTo(BOB.address());
        GoogleJsonResponseException first = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> alice.users().messages().list("me").execute());
        GoogleJsonResponseException second = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> alice.users().messages().list("me").execute());

        assertThat(first.getStatusCode()).isEqualTo(500);
        assertThat(first.getDetails().getMessage()).isEqualTo("Backend Error");
        assertThat(first.getDetails().getErrors().get(0).getReason()).isEqualTo("backendError");
        assertThat(first.getDetails().get("status")).isEqualTo("INTERNAL");
        assertThat(second.getStatusCode()).isEqualTo(503);
        assertThat(second.getDetails().getMessage()).isEqualTo("The service is currently unavailable.");
        assertThat(second.getDetails().getErrors().get(0).getReason()).isEqualTo("backendError");
        assertThat(second.getDetails().get("status")).isEqualTo("UNAVAILABLE");
        assertThat(alice.users().messages().list("me").execute().getResultSizeEstimate()).isZero();
    }

    @Test
    void theControlApiPlansAGmailApiFaultWithTheSameVocabulary() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> planned = http.send(HttpRequest.newBuilder(URI.create(server.gmailApiRootUrl())
                        .resolve("/api/faults")).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"stage\": \"GMAIL_API\", \"fault\": \"gmailApi\","
                                + " \"gmailApi\": \"SERVICE_UNAVAILABLE\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Gmail gmail = GoogleClients.gmail(server, GMAIL.account(ALICE).mintRefreshToken(CLIENT));

        GoogleJsonResponseException refused = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> gmail.users().getProfile("me").execute());

        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        assertThat(planned.body()).contains("Gmail API SERVICE_UNAVAILABLE");
        assertThat(refused.getStatusCode()).isEqualTo(503);
    }

    @Test
    void aGmailApiFaultPlansAtGmailApiOnlyAndGmailApiTakesNoSmtpFault() {
        assertThatThrownBy(() -> server.faults().on(Stage.DATA).inject(Fault.gmailApi(GmailApiFault.BACKEND_ERROR)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A Gmail API fault (Gmail API BACKEND_ERROR) can only strike a Gmail API request: use"
                        + " on(Stage.GMAIL_API), not on(Stage.DATA)");
        assertThatThrownBy(() -> server.faults().on(Stage.GMAIL_API).inject(Fault.gmail(GmailFault.RATE_LIMITED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("on(Stage.GMAIL_API) takes Fault.gmailApi(...) or Fault.delay(...), not RATE_LIMITED"
                        + " (an SMTP fault): plan it at an SMTP stage");
    }
}
