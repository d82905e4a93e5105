package dev.fakegmail.http.internal.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.http.internal.kernel.Route;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code /api/activity}, {@code /api/clock…}, {@code /api/reset} and {@code /api/openapi.json} (docs/http-api.md). */
final class ControlApi {
    private static final String OPENAPI = "/dev/fakegmail/http/internal/api/openapi.json";

    private ControlApi() {
    }

    static List<Route> routes(FakeGmailServer gmail) {
        return List.of(
                new Route("GET", "/api/activity", call -> activity(gmail, call)),
                new Route("GET", "/api/clock", call -> call.json(200, clock(gmail))),
                new Route("POST", "/api/clock/advance", call -> advance(gmail, call)),
                new Route("POST", "/api/reset", call -> {
                    gmail.reset();
                    call.noContent();
                }),
                new Route("GET", "/api/openapi.json", ControlApi::openApi));
    }

    private static void activity(FakeGmailServer gmail, Exchange call) throws IOException {
        ArrayNode events = Json.array();
        String account = call.query("account").orElse(null);
        gmail.activity().stream()
                .filter(e -> account == null || e.account().map(account::equalsIgnoreCase).orElse(false))
                .forEach(e -> events.add(Views.event(e)));
        call.json(200, Json.object().set("events", events));
    }

    private static ObjectNode clock(FakeGmailServer gmail) {
        ObjectNode node = Json.object().put("now", gmail.clock().instant().toString())
                .put("testClock", gmail.clock() instanceof TestClock);
        if (gmail.clock() instanceof TestClock testClock) {
            node.put("advanced", testClock.advanced().toString());
        }
        return node;
    }

    private static void advance(FakeGmailServer gmail, Exchange call) throws IOException {
        if (!(gmail.clock() instanceof TestClock testClock)) {
            throw HttpError.conflict("This fake Gmail runs on the system clock, which cannot be moved; start it"
                    + " with --clock test (or builder().clock(TestClock.system())) to advance time");
        }
        String by = Fields.requiredText(call.jsonBody(), "by", "PT1H");
        Duration amount;
        try {
            amount = Duration.parse(by);
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest("\"by\" must be an ISO-8601 duration such as PT1H or PT10M, was '" + by
                    + "'");
        }
        if (amount.isNegative()) {
            throw HttpError.badRequest("The clock only moves forward, but \"by\" was " + by
                    + "; POST /api/reset rewinds it to where it started");
        }
        testClock.advance(amount);
        call.json(200, clock(gmail));
    }

    private static void openApi(Exchange call) throws IOException {
        try (InputStream in = ControlApi.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + OPENAPI + " is missing from the jar");
            }
            call.send(200, "application/json; charset=utf-8", in.readAllBytes(), Exchange.INERT_POLICY);
        }
    }
}
