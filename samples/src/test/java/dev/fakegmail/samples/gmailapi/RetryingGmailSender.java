package dev.fakegmail.samples.gmailapi;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Message;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application's sender on Google's Java client that honours Gmail's 429: it waits until the "Retry after" time
 * in the error (at most {@code maxWait}) and tries again, up to {@code attempts} times in all.
 */
final class RetryingGmailSender {
    private static final Pattern RETRY_AFTER = Pattern.compile("Retry after (\\S+)");

    private final Gmail gmail;
    private final Clock clock;
    private final int attempts;
    private final Duration maxWait;

    RetryingGmailSender(Gmail gmail, Clock clock, int attempts, Duration maxWait) {
        this.gmail = gmail;
        this.clock = clock;
        this.attempts = attempts;
        this.maxWait = maxWait;
    }

    /** Sends the message; returns the attempt that succeeded (1 = the first). */
    int send(byte[] rfc822) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                gmail.users().messages().send("me", new Message().encodeRaw(rfc822)).execute();
                return attempt;
            } catch (GoogleJsonResponseException e) {
                if (e.getStatusCode() != 429 || attempt == attempts) {
                    throw e;
                }
                Thread.sleep(wait(e.getDetails().getMessage()).toMillis());
            }
        }
    }

    private Duration wait(String message) {
        Matcher matcher = RETRY_AFTER.matcher(message);
        if (!matcher.find()) {
            return Duration.ofSeconds(1);
        }
        Duration wait = Duration.between(clock.instant(), Instant.parse(matcher.group(1)));
        return wait.isNegative() ? Duration.ZERO : wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }
}
