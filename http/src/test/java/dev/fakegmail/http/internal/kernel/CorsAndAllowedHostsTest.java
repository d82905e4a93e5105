package dev.fakegmail.http.internal.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.FakeGmailServer;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/http-api.md §1: {@code allowedHosts("mail.test")} (--allowed-host) lets the fake be reached by that name;
 * {@code corsOrigins("http://localhost:3000")} (--cors-origin) lets a front-end at that origin call {@code /api} with
 * a correct preflight, and opens nothing else.
 */
class CorsAndAllowedHostsTest {
    private static final String FRONT_END = "http://localhost:3000";

    private static FakeGmailServer gmail;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).httpPort(0)
                .allowedHosts("Mail.Test").corsOrigins(FRONT_END + "/").build().start();
        http = new RawHttp(gmail.httpPort());
    }

    @AfterAll
    static void stop() {
        gmail.close();
    }

    @Test
    void anAllowedHostNameIsServedWithOrWithoutPortAndOthersAreNot() throws IOException {
        assertThat(http.send("GET", "/api/accounts", "mail.test:" + gmail.httpPort(), Map.of(), "").status())
                .isEqualTo(200);
        assertThat(http.send("GET", "/", "MAIL.TEST", Map.of(), "").status()).isEqualTo(200);
        assertThat(http.send("GET", "/api/accounts", "other.test", Map.of(), "").status()).isEqualTo(403);
        assertThat(http.send("GET", "/api/accounts", "mail.test.evil.example", Map.of(), "").status()).isEqualTo(403);
    }

    @Test
    void thePreflightOfTheAllowedOriginIsAnswered() throws IOException {
        RawHttp.Answer preflight = http.send("OPTIONS", "/api/accounts/user@gmail.com/app-passwords",
                http.ownHost(), Map.of("Origin", FRONT_END, "Access-Control-Request-Method", "POST",
                        "Access-Control-Request-Headers", "content-type"), "");

        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(FRONT_END);
        assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET, POST, DELETE");
        assertThat(preflight.header("Access-Control-Allow-Headers")).isEqualTo("Content-Type");
        assertThat(preflight.header("Vary")).isEqualTo("Origin");
    }

    @Test
    void theAllowedOriginCallsTheApiAndReadsTheAnswer() throws IOException {
        RawHttp.Answer created = http.send("POST", "/api/accounts/user@gmail.com/app-passwords", http.ownHost(),
                Map.of("Origin", FRONT_END, "Sec-Fetch-Site", "same-site", "Content-Type", "application/json"),
                "{\"name\": \"Front-end\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Access-Control-Allow-Origin")).isEqualTo(FRONT_END);
        assertThat(gmail.defaultAccount().appPasswords()).extracting(p -> p.name()).contains("Front-end");
    }

    @Test
    void otherOriginsAndOtherAreasStayClosed() throws IOException {
        RawHttp.Answer otherPreflight = http.send("OPTIONS", "/api/accounts", http.ownHost(),
                Map.of("Origin", "http://localhost:4000", "Access-Control-Request-Method", "POST"), "");
        assertThat(otherPreflight.status()).isEqualTo(403);
        assertThat(otherPreflight.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(otherPreflight.body()).contains("Cross-origin calls to /api/accounts are off; start the fake with"
                + " --cors-origin http://localhost:4000 (builder corsOrigins(...)) to let a front-end at that origin"
                + " call /api.");

        RawHttp.Answer otherPost = http.send("POST", "/api/reset", http.ownHost(),
                Map.of("Origin", "http://localhost:4000"), "");
        assertThat(otherPost.status()).isEqualTo(403);
        assertThat(otherPost.body()).contains("To let a front-end at http://localhost:4000 call /api, start the fake"
                + " with --cors-origin http://localhost:4000 (builder corsOrigins(...)).");

        RawHttp.Answer tokenPreflight = http.send("OPTIONS", "/token", http.ownHost(),
                Map.of("Origin", FRONT_END, "Access-Control-Request-Method", "POST"), "");
        assertThat(tokenPreflight.status()).isEqualTo(403);
        RawHttp.Answer pageForm = http.send("POST", "/account/two-step", http.ownHost(),
                Map.of("Origin", FRONT_END, "Content-Type", "application/x-www-form-urlencoded"),
                "account=user%40gmail.com&on=false");
        assertThat(pageForm.status()).isEqualTo(403);
        assertThat(pageForm.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(gmail.defaultAccount().isTwoStepVerificationOn()).isTrue();
    }

    @Test
    void theFakesOwnPagesPostWithTheirOrigin() throws IOException {
        RawHttp.Answer own = http.send("POST", "/account/two-step", http.ownHost(),
                Map.of("Origin", "http://" + http.ownHost(), "Sec-Fetch-Site", "same-origin",
                        "Content-Type", "application/x-www-form-urlencoded"), "account=user%40gmail.com&on=true");
        assertThat(own.status()).isEqualTo(200);
    }
}
