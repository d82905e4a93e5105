package dev.fakegmail.http.internal.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.FakeGmailServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/http-api.md §1 limits, tried from outside as the SMTP door is (docs/robustness.md): a huge head, thousands of
 * headers, a body of megabytes, malformed percent-encoding and invalid UTF-8 in paths and queries. Each case is
 * refused without a 500, and after each a witness request is served and nothing changed. The stalled cases (slow and
 * half-sent requests, waits whose clients went away) are {@code StalledRequestsTest}'s.
 */
class HostileRequestsTest {
    private static FakeGmailServer gmail;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).httpPort(0).build().start();
        http = new RawHttp(gmail.httpPort());
    }

    @AfterAll
    static void stop() {
        gmail.close();
    }

    @AfterEach
    void witness() throws IOException {
        RawHttp.Answer clock = http.send("GET", "/api/clock", http.ownHost(), Map.of(), "");
        assertThat(clock.status()).isEqualTo(200);
        assertThat(gmail.defaultAccount().appPasswords()).hasSize(1);
    }

    @Test
    void aBodyOfTenMegabytesIsRefusedWith413OrAClosedConnectionOnEveryArea() throws IOException {
        String big = "x".repeat(10 * 1024 * 1024);
        for (String[] request : new String[][] {
                {"/api/accounts", "application/json", "{\"address\": \"" + big + "@gmail.com\"}"},
                {"/token", "application/x-www-form-urlencoded", "grant_type=" + big},
                {"/account/app-passwords", "application/x-www-form-urlencoded", "account=user%40gmail.com&name=" + big}}) {
            String answer = raw("POST " + request[0] + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + request[1]
                    + "\r\nContent-Length: " + request[2].length() + "\r\nConnection: close\r\n\r\n" + request[2]);
            assertThat(answer).as(request[0]).matches("(?s)(HTTP/1\\.1 413 .*)?");
        }
        assertThat(gmail.accounts()).hasSize(1);
    }

    @Test
    void aHeadOfAMegabyteOrTenThousandHeadersIsNotServed() throws IOException {
        assertThat(raw("GET /api/accounts HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "y".repeat(1 << 20)
                + "\r\nConnection: close\r\n\r\n")).doesNotStartWith("HTTP/1.1 200").doesNotStartWith("HTTP/1.1 500");
        StringBuilder many = new StringBuilder("GET /api/accounts HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; i < 10_000; i++) {
            many.append("X-").append(i).append(": v\r\n");
        }
        assertThat(raw(many.append("Connection: close\r\n\r\n").toString())).doesNotStartWith("HTTP/1.1 200")
                .doesNotStartWith("HTTP/1.1 500");
    }

    @Test
    void invalidUtf8InAPathOrQueryIsAnsweredNeverA500() throws IOException {
        RawHttp.Answer account = http.send("GET", "/api/accounts/%C0%AF%FF@gmail.com", http.ownHost(), Map.of(), "");
        assertThat(account.status()).isEqualTo(404);
        assertThat(account.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        RawHttp.Answer inbox = http.send("GET", "/?q=%C0%AF%FF", http.ownHost(), Map.of(), "");
        assertThat(inbox.status()).isEqualTo(200);
    }

    @Test
    void aMalformedPercentEncodingInAPathOrQueryIsRefusedByTheJdkBeforeAnyAreaSeesIt() throws IOException {
        for (String target : new String[] {"/api/accounts/%zz", "/api/messages?account=%zz", "/token?x=%G1",
                "/?q=%zz", "/messages/1%2"}) {
            RawHttp.Answer answer = http.send("GET", target, http.ownHost(), Map.of(), "");
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(target).isEqualTo("text/html");
            assertThat(answer.header("Connection")).as(target).isEqualTo("close");
            assertThat(answer.body()).as(target).isEqualTo("<h1>400 Bad Request</h1>URISyntaxException thrown");
        }
    }

    @Test
    void percentEncodedBytesThatAreNotUtf8ReachTheAreaAndAreAnsweredInItsFormat() throws IOException {
        RawHttp.Answer api = http.send("GET", "/api/messages?account=%C0%AF%FF", http.ownHost(), Map.of(), "");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        RawHttp.Answer token = http.send("GET", "/token?x=%FF", http.ownHost(), Map.of(), "");
        assertThat(token.status()).isEqualTo(405);
        assertThat(token.body()).contains("\"error\" : \"invalid_request\"");
        RawHttp.Answer page = http.send("GET", "/messages/%FF%FE", http.ownHost(), Map.of(), "");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
    }

    private static String raw(String request) throws IOException {
        return http.start(request);
    }
}
