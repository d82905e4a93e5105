package dev.fakegmail.samples.retry;

import java.util.List;

/**
 * How a send through {@link RetryingSender} ended.
 *
 * @param status    delivered, failed, or unknown
 * @param attempts  how many times the sender connected
 * @param messageId the Message-ID every attempt carried
 * @param failures  the failure of each unsuccessful attempt, oldest first
 */
public record Delivery(Status status, int attempts, String messageId, List<String> failures) {

    /** Copies the failures. */
    public Delivery {
        failures = List.copyOf(failures);
    }

    /** How a send ended. */
    public enum Status {
        /** Gmail answered {@code 250}: it has the message. */
        DELIVERED,
        /** Gmail refused the message for good ({@code 5xx}), or every attempt failed. */
        FAILED,
        /**
         * The whole message was sent, then the connection broke before Gmail answered: Gmail may or may not have it.
         * Only {@link RetryingSender.AfterDataLoss#REPORT_UNKNOWN} ends this way.
         */
        UNKNOWN
    }
}
