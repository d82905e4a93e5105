package dev.fakegmail.http.internal.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakegmail.http.internal.gmail.GmailApi;
import dev.fakegmail.server.FakeGmailServer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * docs/gmail-api.md §2 with docs/http-api.md §1: the kernel's guard covers every route of the Gmail API door (read
 * from the door itself, so a new method is covered by construction) — a foreign {@code Host}, a write from another
 * site's page and a body of another media type are refused in Google's JSON error envelope before the token is
 * looked at; the request as Google's clients send it reaches the method (which then asks for a token: 401).
 */
class GmailApiGuardTest {
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

    @TestFactory
    Stream<DynamicContainer> everyGmailApiRouteIsGuarded() {
        List<Area> areas = GmailApi.areas(gmail);
        assertThat(areas).extracting(Area::prefix).containsExactly("/gmail", "/upload");
        return areas.stream().flatMap(area -> area.routes().stream().map(route -> dynamicContainer(
                route.method() + " " + route.template(), checks(area, route))));
    }

    private static Stream<DynamicTest> checks(Area area, Route route) {
        Stream<DynamicTest> always = Stream.of(
                dynamicTest("a foreign Host is refused", () -> assertGoogle(send(route, "evil.example:1", Map.of()),
                        403, "forbidden", "but was 'evil.example:1'")),
                dynamicTest("the request as a client sends it reaches the method", () -> assertGoogle(send(route,
                        http.ownHost(), Map.of("Content-Type", area.bodyType().split(", ")[0])), 401, "required",
                        "Request is missing required authentication credential.")));
        Stream<DynamicTest> crossSite = Stream.of(
                dynamicTest("a write from another site is refused", () -> assertGoogle(send(route, http.ownHost(),
                        Map.of("Origin", "http://evil.example")), 403, "forbidden", "(Origin: http://evil.example)")));
        Stream<DynamicTest> body = Stream.of(
                dynamicTest("a body of another type is refused", () -> assertGoogle(send(route, http.ownHost(),
                        Map.of("Content-Type", "text/plain")), 400, "badContent",
                        "must be sent with Content-Type: " + area.bodyType())));
        return switch (route.method()) {
            case "POST" -> Stream.of(always, crossSite, body).flatMap(tests -> tests);
            case "DELETE" -> Stream.concat(always, crossSite);
            default -> always;
        };
    }

    private static RawHttp.Answer send(Route route, String host, Map<String, String> headers) throws IOException {
        String path = route.template().replace("{userId}", "me").replaceAll("\\{[a-zA-Z]+\\}", "0000000000000001");
        return http.send(route.method(), path, host, headers, route.method().equals("POST") ? "{}" : "");
    }

    private static void assertGoogle(RawHttp.Answer answer, int status, String reason, String sentence)
            throws IOException {
        JsonNode error = new ObjectMapper().readTree(answer.body()).get("error");
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(error.get("code").asInt()).isEqualTo(status);
        assertThat(error.get("errors").get(0).get("reason").asText()).isEqualTo(reason);
        assertThat(error.get("message").asText()).contains(sentence);
    }
}
