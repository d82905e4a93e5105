package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.Fault;
import dev.fakegmail.server.GmailApiFault;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What a fault planned at {@code Stage.GMAIL_API} does to a request (docs/gmail-api.md §6): a Gmail API fault is
 * Google's refusal instead of the method, a delay waits and lets the method run.
 */
final class PlannedFaults {
    /** How far ahead the 429's "Retry after" time lies on the server's clock (chosen). */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private PlannedFaults() {
    }

    /**
     * Carries out a fault that struck this request.
     *
     * @throws RefusedException for a Gmail API fault
     */
    static void strike(Fault fault, Clock clock) {
        if (fault instanceof Fault.GmailApi api) {
            throw error(api.fault(), clock).refused();
        }
        if (fault instanceof Fault.Delay delay) {
            sleep(delay.delay());
            return;
        }
        throw new IllegalArgumentException("The Gmail API door has no effect for the fault " + fault
                + ": FaultRule only plans Gmail API and delay faults at Stage.GMAIL_API");
    }

    static GoogleError error(GmailApiFault fault, Clock clock) {
        return switch (fault) {
            case RATE_LIMIT_EXCEEDED -> GoogleError.rateLimitExceeded(INSTANT.format(clock.instant().plus(RETRY_AFTER)));
            case BACKEND_ERROR -> GoogleError.backendError();
            case SERVICE_UNAVAILABLE -> GoogleError.serviceUnavailable();
        };
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
