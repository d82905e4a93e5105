package dev.fakegmail.http.internal.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakegmail.http.internal.web.WebInbox;
import dev.fakegmail.server.FakeGmailServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * docs/http-api.md §1 "The guard", for every route: each operation that {@code /api/openapi.json} lists (read from
 * the running server, so a new operation is covered by documenting it), {@code POST /token} and every page. A
 * foreign {@code Host}, an unsafe method from another site's page ({@code Origin} of another site,
 * {@code Origin: null}, {@code Sec-Fetch-Site: cross-site}) and a body of the wrong media type are refused, each in the
 * area's format; a body of 10 MB is refused with 413 (or the connection closed while it is sent) before the route
 * acts; the same request as curl, Java or Python send it (no {@code Origin}, the right type) is served.
 */
class EveryRouteGuardTest {
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String TEN_MB = "{\"x\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}";

    private static FakeGmailServer gmail;
    private static RawHttp http;

    /** One route and the body a client sends to it. */
    private record Case(String area, String method, String template, String bodyType, String body) {
        String target() {
            String path = template.replace("{address}", "user@gmail.com").replace("{name}", "Mail")
                    .replaceAll("\\{[a-zA-Z]+\\}", "1");
            return path + (path.equals("/messages/wait") ? "?state=other" : "");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    @BeforeAll
    static void start() {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).httpPort(0).build().start();
        http = new RawHttp(gmail.httpPort());
    }

    @AfterAll
    static void stop() {
        gmail.close();
    }

    @TestFactory
    Stream<DynamicContainer> everyRouteRefusesForeignHostsCrossSiteWritesAndWrongTypesAndServesClients()
            throws IOException {
        List<Case> cases = new ArrayList<>(apiOperations());
        cases.add(new Case("token", "POST", "/token", "application/x-www-form-urlencoded", "grant_type=refresh_token"));
        WebInbox.area(gmail, 1024).routes().forEach(route -> cases.add(new Case("page", route.method(),
                route.template(), "application/x-www-form-urlencoded", "account=nobody%40gmail.com")));
        assertThat(cases).hasSizeGreaterThan(30);
        return cases.stream().map(c -> dynamicContainer(c.toString(), checks(c)));
    }

    private static Stream<DynamicTest> checks(Case c) {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("a foreign Host is refused", () -> {
            RawHttp.Answer answer = http.send(c.method(), c.target(), "evil.example:" + gmail.httpPort(),
                    Map.of("Content-Type", c.bodyType()), c.body());
            assertRefused(c, answer, 403, "forbidden_host", "but was 'evil.example:" + gmail.httpPort() + "'");
        }));
        if (UNSAFE.contains(c.method())) {
            for (Map.Entry<String, String> browser : List.of(Map.entry("Origin", "http://evil.example"),
                    Map.entry("Origin", "null"), Map.entry("Sec-Fetch-Site", "cross-site"))) {
                tests.add(dynamicTest("a simple request with " + browser + " is refused", () -> {
                    RawHttp.Answer answer = http.send(c.method(), c.target(), http.ownHost(),
                            Map.of("Content-Type", "text/plain", browser.getKey(), browser.getValue()), c.body());
                    assertRefused(c, answer, 403, "cross_site", "from a page of another site is refused ("
                            + browser.getKey() + ": " + browser.getValue() + ")");
                }));
            }
        }
        tests.add(dynamicTest("a body of another type is refused", () -> {
            RawHttp.Answer answer = http.send(c.method(), c.target(), http.ownHost(),
                    Map.of("Content-Type", "text/plain"), c.body());
            assertRefused(c, answer, 415, "unsupported_media_type", "The request body must be sent with Content-Type: "
                    + c.bodyType() + ", but the request had Content-Type: text/plain.");
        }));
        tests.add(dynamicTest("a body of 10 MB is refused with 413 or a closed connection, nothing stored", () -> {
            int accounts = gmail.accounts().size();
            String answer = http.start(c.method() + " " + c.target() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    + c.bodyType() + "\r\nContent-Length: " + TEN_MB.length() + "\r\nConnection: close\r\n\r\n"
                    + TEN_MB);
            assertThat(answer).as(c.toString()).matches("(?s)(HTTP/1\\.1 413 .*)?");
            assertThat(gmail.accounts()).hasSize(accounts);
            assertThat(http.send("GET", "/api/clock", http.ownHost(), Map.of(), "").status()).isEqualTo(200);
        }));
        tests.add(dynamicTest("the request as curl, Java and Python send it is served", () -> {
            Map<String, String> headers = UNSAFE.contains(c.method()) ? Map.of("Content-Type", c.bodyType()) : Map.of();
            for (String host : List.of(http.ownHost(), "127.0.0.1:" + gmail.httpPort(), "[::1]:" + gmail.httpPort(),
                    "localhost")) {
                RawHttp.Answer answer = http.send(c.method(), c.target(), host, headers,
                        UNSAFE.contains(c.method()) ? c.body() : "");
                assertThat(answer.status()).as(c + " with Host " + host + ": " + answer.body())
                        .isNotIn(403, 415).isLessThan(500);
            }
        }));
        return tests.stream();
    }

    private static void assertRefused(Case c, RawHttp.Answer answer, int status, String code, String sentence)
            throws IOException {
        assertThat(answer.status()).as(c + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        switch (c.area()) {
            case "api" -> {
                JsonNode json = new ObjectMapper().readTree(answer.body());
                assertThat(answer.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
                assertThat(json.get("error").asText()).isEqualTo(code);
                assertThat(json.get("message").asText()).contains(sentence);
            }
            case "token" -> {
                JsonNode json = new ObjectMapper().readTree(answer.body());
                assertThat(json.get("error").asText()).isEqualTo("invalid_request");
                assertThat(json.get("error_description").asText()).contains(sentence);
            }
            default -> {
                assertThat(answer.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
                assertThat(answer.body()).contains("<h2>Error " + status + "</h2>")
                        .contains(sentence.replace("'", "&#39;"));
            }
        }
    }

    private static List<Case> apiOperations() throws IOException {
        RawHttp.Answer document = http.send("GET", "/api/openapi.json", http.ownHost(), Map.of(), "");
        JsonNode paths = new ObjectMapper().readTree(document.body()).get("paths");
        List<Case> cases = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (!path.getKey().equals("/token")) {
                cases.add(new Case("api", method.toUpperCase(Locale.ROOT), path.getKey(), "application/json", "{}"));
            }
        }));
        return cases;
    }
}
