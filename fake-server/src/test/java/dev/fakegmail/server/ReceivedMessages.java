package dev.fakegmail.server;

import java.time.Instant;
import java.util.Objects;

/**
 * Test fixture: received messages made without a server, for unit tests of code that reads them (the AssertJ
 * assertions, the standalone's message log, the message corpus). Shipped to other modules' tests in
 * {@code fake-gmail-server}'s test jar; {@link ReceivedMessage} has no public constructor or factory.
 */
public final class ReceivedMessages {
    /** The id of a message no server accepted. */
    private static final String NO_ID = "0";

    private ReceivedMessages() {
    }

    /** A message whose stored bytes are exactly what the client submitted; the bytes are copied. */
    public static ReceivedMessage of(Envelope envelope, String sessionId, String tlsProtocol, String tlsCipher,
                                     String authMechanism, Instant acceptedAt, byte[] rawBytes) {
        return new ReceivedMessage(NO_ID, envelope, sessionId, tlsProtocol, tlsCipher, authMechanism, acceptedAt,
                MessageBytes.unchanged(Objects.requireNonNull(rawBytes, "rawBytes").clone()));
    }

    /** A message with both forms: as Gmail delivered it (after its header changes) and as the client submitted it. */
    public static ReceivedMessage of(Envelope envelope, String sessionId, String tlsProtocol, String tlsCipher,
                                     String authMechanism, Instant acceptedAt, byte[] rawBytes, byte[] submittedBytes) {
        return withId(NO_ID, envelope, sessionId, tlsProtocol, tlsCipher, authMechanism, acceptedAt, rawBytes,
                submittedBytes);
    }

    /** A message with both forms and the id a server's journal would have given it; the bytes are copied. */
    public static ReceivedMessage withId(String id, Envelope envelope, String sessionId, String tlsProtocol,
                                         String tlsCipher, String authMechanism, Instant acceptedAt, byte[] rawBytes,
                                         byte[] submittedBytes) {
        byte[] submitted = Objects.requireNonNull(submittedBytes, "submittedBytes").clone();
        return new ReceivedMessage(id, envelope, sessionId, tlsProtocol, tlsCipher, authMechanism, acceptedAt,
                new MessageBytes(submitted, Objects.requireNonNull(rawBytes, "rawBytes").clone(), submitted.length));
    }
}
