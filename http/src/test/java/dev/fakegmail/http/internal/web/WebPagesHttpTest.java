package dev.fakegmail.http.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.server.MessageQuery;
import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages over plain HTTP: escaping, the security headers, the long poll, downloads, errors, forged requests. */
class WebPagesHttpTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(WAIT).build();

    private static WebFixture web;

    @BeforeAll
    static void start() throws IOException {
        web = new WebFixture();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @BeforeEach
    void reset() {
        web.gmail.reset();
    }

    @Test
    void inboxEscapesWhatTheMessageSaysAndCarriesThePagePolicy() throws Exception {
        Mails.sendText(web.gmail.profile(), "bob@example.com", "<img src=x onerror=alert(1)> & \"quotes\"", "hi");
        web.gmail.awaitMessages(1, WAIT);

        HttpResponse<String> inbox = get("/");

        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;")
                .doesNotContain("<img src=x");
        assertThat(inbox.headers().firstValue("Content-Security-Policy")).contains(Exchange.PAGE_POLICY);
        assertThat(inbox.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(inbox.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    }

    @Test
    void messageHtmlIsServedOnlyWithTheFramePolicy() throws Exception {
        Mails.sendHtml(web.gmail.profile(), "bob@example.com", "html", "<p>Hello <script>x()</script></p>");
        String id = web.gmail.awaitMessages(1, WAIT).get(0).id();

        HttpResponse<String> frame = get("/messages/" + id + "/html");

        assertThat(frame.body()).isEqualTo("<p>Hello <script>x()</script></p>\r\n");
        assertThat(frame.headers().firstValue("Content-Security-Policy")).contains(
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'; "
                        + "base-uri 'none'; frame-ancestors 'self'; sandbox");
        assertThat(get("/messages/" + id).body())
                .contains("<iframe class=\"html\" id=\"html-frame\" sandbox=\"\" src=\"/messages/" + id + "/html\"");
    }

    @Test
    void headersViewMarksWhatGmailAdded() throws Exception {
        MimeMessage alias = new MimeMessage(web.gmail.profile().session());
        alias.setFrom("noreply@company.example");
        alias.setRecipients(Message.RecipientType.TO, "bob@example.com");
        alias.setSubject("headers");
        alias.setText("x");
        Transport.send(alias);
        String id = web.gmail.awaitMessages(1, WAIT).get(0).id();

        String page = get("/messages/" + id + "?view=headers").body();

        assertThat(page).contains("<tr class=\"added\"><td class=\"name\">From <span class=\"badge\">added by Gmail"
                        + "</span></td><td class=\"value\">user@gmail.com</td></tr>"
                        + "<tr class=\"replaced\"><td class=\"name\">From <span class=\"badge\">sent by the client, "
                        + "replaced</span></td><td class=\"value\">noreply@company.example</td></tr>"
                        + "<tr class=\"added\"><td class=\"name\">X-Google-Original-From <span class=\"badge\">added "
                        + "by Gmail</span></td><td class=\"value\">noreply@company.example</td></tr>");
        assertThat(page).containsPattern("<tr class=\"added\"><td class=\"name\">Received <span class=\"badge\">"
                + "added by Gmail</span></td><td class=\"value\">from [^<]+ by smtp.gmail.com with ESMTPSA id ");
        assertThat(page).contains("<tr class=\"kept\"><td class=\"name\">Subject</td><td class=\"value\">headers</td>");
    }

    @Test
    void attachmentsAndRawSourceDownloadExactly() throws Exception {
        byte[] pdf = new byte[512]; // every byte value twice: sent in base64, it must come back bit for bit
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) i;
        }
        Mails.sendRich(web.gmail.profile(), "user@gmail.com", "bob@example.com", "files", "text", "<p>html</p>",
                "Invoice März.pdf",
                pdf, "application/pdf");
        ReceivedMessage message = web.gmail.awaitMessages(1, WAIT).get(0);

        HttpResponse<byte[]> file = getBytes("/messages/" + message.id() + "/attachments/1");
        HttpResponse<byte[]> raw = getBytes("/messages/" + message.id() + "/raw");

        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"Invoice M_rz.pdf\"; filename*=UTF-8''Invoice%20M%C3%A4rz.pdf");
        assertThat(file.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; sandbox");
        assertThat(raw.body()).isEqualTo(message.rawBytes());
        assertThat(getBytes("/messages/" + message.id() + "/attachments/2").statusCode()).isEqualTo(404);
    }

    @Test
    void longPollAnswersWhenAMessageArrives() throws Exception {
        String state = InboxPage.state(web.gmail.messages(MessageQuery.all()));
        CompletableFuture<HttpResponse<String>> waiting = CLIENT.sendAsync(
                request("/messages/wait?state=" + state).build(), HttpResponse.BodyHandlers.ofString());

        Mails.sendText(web.gmail.profile(), "bob@example.com", "live", "x");

        assertThat(waiting.get(30, TimeUnit.SECONDS).body()).isEqualTo("1-1");
        assertThat(get("/messages/wait?state=0-0").body()).isEqualTo("1-1"); // already different: at once
    }

    @Test
    void unknownMessagesAndPagesSayWhereToGo() throws Exception {
        HttpResponse<String> missing = get("/messages/99");
        HttpResponse<String> nowhere = get("/nowhere");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no message 99: it was deleted, or the server was reset. "
                + "The inbox at / lists the messages there are.");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body())
                .contains("There is no page /nowhere. The inbox is at /, the Google Account page at /account.");
        assertThat(send(request("/messages/delete").GET()).statusCode()).isEqualTo(405);
    }

    @Test
    void aFormPostedFromAnotherSiteChangesNothing() throws Exception {
        String before = web.gmail.defaultAccount().password();

        HttpResponse<String> forged = send(request("/account/password").header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("account=user%40gmail.com&password=Hijacked-1")));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("A POST from a page of another site is refused (Origin:"
                + " https://evil.example): only the fake&#39;s own pages at http://127.0.0.1:" + web.port()
                + " and clients that send no Origin (curl, Java, Python) may change it. Open the fake&#39;s own page"
                + " and send it from there.");
        assertThat(web.gmail.defaultAccount().password()).isEqualTo(before);
        assertThat(web.gmail.defaultAccount().appPasswords()).hasSize(1);
    }

    @Test
    void aRequestForAnotherHostNameIsRefused() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), web.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /account HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 403 ")
                    .contains("The Host header must name this computer (localhost, 127.0.0.1 or [::1], with or"
                            + " without the port) or a name allowed with --allowed-host NAME (builder"
                            + " allowedHosts(...)), but was &#39;attacker.example&#39;. Open http://localhost:"
                            + web.port() + "/ instead.")
                    .doesNotContain("user@gmail.com");
        }
    }

    @Test
    void accountFormsRefuseWhatGoogleRefusesAndSayWhy() throws Exception {
        String current = web.gmail.defaultAccount().password();

        HttpResponse<String> blank = post("/account/password", "account=user%40gmail.com&password=+");
        HttpResponse<String> same = post("/account/password", "account=user%40gmail.com&password="
                + java.net.URLEncoder.encode(current, StandardCharsets.UTF_8));
        HttpResponse<String> stale =
                post("/account/app-passwords/revoke", "account=user%40gmail.com&index=3&name=Mail");
        HttpResponse<String> nobody = post("/account/password", "account=nobody%40gmail.com&password=x");

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("<div class=\"notice error\" id=\"notice\" role=\"alert\">Enter a new "
                + "password for user@gmail.com.</div>");
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(same.body()).contains("The new password of user@gmail.com is the current one; Google refuses to "
                + "reuse it. Choose a different password.");
        assertThat(stale.body()).contains("The app passwords of user@gmail.com changed since this page was shown; "
                + "nothing was revoked.");
        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(nobody.body()).contains("There is no account &#39;nobody@gmail.com&#39; on this fake Gmail");
        assertThat(web.gmail.defaultAccount().password()).isEqualTo(current);
        assertThat(web.gmail.defaultAccount().appPasswords()).hasSize(1);
    }

    @Test
    void turningTwoStepVerificationOffRevokesAndCreatingThenIsRefused() throws Exception {
        HttpResponse<String> off = post("/account/two-step", "account=user%40gmail.com&on=false");
        HttpResponse<String> create = post("/account/app-passwords", "account=user%40gmail.com&name=CRM");

        assertThat(off.body()).contains("2-Step Verification is off for user@gmail.com; 1 app password was revoked "
                + "with it.").contains("<span class=\"two-step state-off\">Off</span>");
        assertThat(create.statusCode()).isEqualTo(400);
        assertThat(create.body()).contains("App passwords exist only while 2-Step Verification is on; turn it on for "
                + "user@gmail.com first.");
        assertThat(web.gmail.defaultAccount().isTwoStepVerificationOn()).isFalse();
        assertThat(web.gmail.defaultAccount().appPasswords()).isEmpty();
    }

    @Test
    void theAccountPageNeverShowsAPasswordOrAnAppPasswordsLetters() throws Exception {
        String page = get("/account").body();

        assertThat(page).contains("<td class=\"name\">Mail</td>")
                .doesNotContain(web.gmail.defaultAccount().password())
                .doesNotContain(web.gmail.defaultAccount().appPasswords().get(0).value())
                .doesNotContain(web.gmail.defaultAccount().appPasswords().get(0).formatted());
    }

    @Test
    void theActivityShowsARefusedLoginWithGmailsReplyAndWhyButNoSecret() throws Exception {
        String accountPassword = web.gmail.defaultAccount().password();
        MimeMessage message = new MimeMessage(web.gmail.profile().session()); // uses the password it is given
        message.setFrom(web.gmail.profile().username());
        message.setRecipients(Message.RecipientType.TO, "bob@example.com");
        message.setText("x");
        assertThatThrownBy(() -> Transport.send(message, web.gmail.profile().username(), accountPassword))
                .isInstanceOf(AuthenticationFailedException.class);

        String page = get("/account").body();

        assertThat(page).contains("<section class=\"card activity\" id=\"activity\"><h2>Recent activity</h2>")
                .contains("<tr class=\"event login-refused refused\">")
                .contains("<td>Sign-in refused</td><td>" + web.gmail.profile().username()
                        + "</td><td class=\"reply\">534 5.7.9</td>")
                .contains("application-specific password required: the account password was used; use an app password")
                .doesNotContain(accountPassword);
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(web.url(path))).timeout(Duration.ofSeconds(40));
    }

    private static HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", web.url("")).POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
