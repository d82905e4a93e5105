package dev.fakegmail.server;

import java.time.Instant;

/**
 * Test fixture: received messages made without a server, for unit tests of code that reads them (the AssertJ
 * assertions, the standalone's message log). Shipped to other modules' tests in {@code fake-gmail-server}'s test jar;
 * {@link ReceivedMessage}'s constructors are not public.
 */
public final class ReceivedMessages {
    private ReceivedMessages() {
    }

    /** A message whose stored bytes are exactly what the client submitted; the bytes are copied. */
    public static ReceivedMessage of(Envelope envelope, String sessionId, String tlsProtocol, String tlsCipher,
                                     String authMechanism, Instant acceptedAt, byte[] rawBytes) {
        return ReceivedMessage.submitted(envelope, sessionId, tlsProtocol, tlsCipher, authMechanism, acceptedAt,
                rawBytes);
    }

    /** A message with both forms: as Gmail delivered it (after its header changes) and as the client submitted it. */
    public static ReceivedMessage of(Envelope envelope, String sessionId, String tlsProtocol, String tlsCipher,
                                     String authMechanism, Instant acceptedAt, byte[] rawBytes, byte[] submittedBytes) {
        return ReceivedMessage.rewritten(envelope, sessionId, tlsProtocol, tlsCipher, authMechanism, acceptedAt,
                rawBytes, submittedBytes);
    }

    /** A message with both forms and the id a server's journal would have given it. */
    public static ReceivedMessage withId(String id, Envelope envelope, String sessionId, String tlsProtocol,
                                         String tlsCipher, String authMechanism, Instant acceptedAt, byte[] rawBytes,
                                         byte[] submittedBytes) {
        return ReceivedMessage.accepted(id, envelope, sessionId, tlsProtocol, tlsCipher, authMechanism, acceptedAt,
                rawBytes, submittedBytes);
    }
}
