package dev.fakegmail.server.internal.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A message a door has accepted (SMTP: at the end of DATA or BDAT LAST), with the facts of its session that Gmail
 * writes into the delivered message ({@link GmailRewrite}). The door hands it to the server to store; it lives here,
 * beside what Gmail does to it, so that delivery never depends on a door.
 *
 * @param sessionId     the connection's Gmail session id
 * @param account       the address the session authenticated as (as typed by the client)
 * @param authMechanism the SASL mechanism that authenticated (PLAIN, LOGIN, XOAUTH2, OAUTHBEARER)
 * @param mailFrom      the reverse path of MAIL FROM, without angle brackets (may be empty)
 * @param recipients    the forward paths of the accepted RCPT commands, in order
 * @param heloName      the EHLO/HELO argument of the current TLS session
 * @param clientAddress the client's IP address as text ({@code 127.0.0.1}, {@code ::1})
 * @param tlsProtocol   the negotiated TLS protocol, e.g. {@code TLSv1.3}
 * @param tlsCipher     the negotiated cipher suite, e.g. {@code TLS_AES_256_GCM_SHA384}
 * @param acceptedAt    when the final dot (or BDAT LAST) was accepted, on the server's clock
 * @param data          the message bytes after dot-unstuffing; owned by the receiver (not copied)
 */
public record Submission(
        String sessionId,
        String account,
        String authMechanism,
        String mailFrom,
        List<String> recipients,
        String heloName,
        String clientAddress,
        String tlsProtocol,
        String tlsCipher,
        Instant acceptedAt,
        byte[] data) {

    /** Copies the recipient list. */
    public Submission {
        recipients = List.copyOf(recipients);
    }
}
