package dev.fakegmail.http.internal.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.http.internal.kernel.Route;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.Fault;
import dev.fakegmail.server.FaultRule;
import dev.fakegmail.server.GmailApiFault;
import dev.fakegmail.server.GmailFault;
import dev.fakegmail.server.Stage;
import dev.fakegmail.server.TlsFailure;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /api/faults} (docs/http-api.md §5): plans faults with the Java API's vocabulary ({@link Stage},
 * {@link GmailFault}, {@link TlsFailure}, {@link GmailApiFault}, {@code once/nth/always}), clears them, lists those planned and those that
 * struck.
 */
final class FaultsApi {
    private FaultsApi() {
    }

    static List<Route> routes(FakeGmailServer gmail) {
        return List.of(
                new Route("GET", "/api/faults", call -> list(gmail, call)),
                new Route("POST", "/api/faults", call -> plan(gmail, call)),
                new Route("DELETE", "/api/faults", call -> {
                    gmail.faults().clear();
                    call.noContent();
                }));
    }

    private static void list(FakeGmailServer gmail, Exchange call) throws IOException {
        ArrayNode planned = Json.array();
        gmail.faults().planned().forEach(fault -> planned.add(Views.planned(fault)));
        ArrayNode struck = Json.array();
        gmail.faults().struck().forEach(fault -> struck.add(Views.struck(fault)));
        ObjectNode body = Json.object();
        body.set("planned", planned);
        body.set("struck", struck);
        call.json(200, body);
    }

    private static void plan(FakeGmailServer gmail, Exchange call) throws IOException {
        ObjectNode body = call.jsonBody();
        Stage stage = constant(Stage.class, Fields.requiredText(body, "stage", "DATA"), "stage");
        FaultRule rule = gmail.faults().on(stage);
        Optional<Integer> nth = Fields.integer(body, "nth");
        if (Fields.bool(body, "always", false)) {
            rule.always();
        } else if (nth.isPresent()) {
            rule.nth(nth.get());
        }
        Fields.text(body, "account").ifPresent(rule::forAccount);
        if (body.hasNonNull("probability")) {
            if (!body.get("probability").isNumber()) {
                throw HttpError.badRequest("\"probability\" must be a number in (0, 1], was " + body.get("probability"));
            }
            rule.withProbability(body.get("probability").doubleValue());
        }
        Fault fault = fault(body);
        rule.inject(fault);
        call.json(201, Json.object().put("planned", rule.toString()));
    }

    private static Fault fault(ObjectNode body) {
        String kind = Fields.requiredText(body, "fault", "gmail");
        return switch (kind) {
            case "gmail" -> Fault.gmail(constant(GmailFault.class, Fields.requiredText(body, "gmail", "RATE_LIMITED"),
                    "gmail"));
            case "reply" -> Fault.reply(Fields.integer(body, "code").orElseThrow(() -> HttpError.badRequest(
                            "A reply fault needs \"code\", e.g. 451")),
                    Fields.requiredText(body, "enhancedCode", "4.3.0"), Fields.requiredText(body, "text", "Try later."));
            case "delay" -> Fault.delay(Duration.ofMillis(Fields.integer(body, "millis").orElseThrow(
                    () -> HttpError.badRequest("A delay fault needs \"millis\", e.g. 2000"))));
            case "dropConnection" -> Fault.dropConnection();
            case "dropAfterProcessing" -> Fault.dropAfterProcessing();
            case "dropAfterReply" -> Fault.dropAfterReply();
            case "tls" -> Fault.tls(constant(TlsFailure.class, Fields.requiredText(body, "tls", "EXPIRED_CERTIFICATE"),
                    "tls"));
            case "gmailApi" -> Fault.gmailApi(constant(GmailApiFault.class,
                    Fields.requiredText(body, "gmailApi", "RATE_LIMIT_EXCEEDED"), "gmailApi"));
            default -> throw HttpError.badRequest("\"fault\" must be one of gmail, reply, delay, dropConnection,"
                    + " dropAfterProcessing, dropAfterReply, tls, gmailApi (the Fault factories), was \"" + kind + "\"");
        };
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("\"" + field + "\" must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", was \"" + name + "\"");
        }
    }
}
