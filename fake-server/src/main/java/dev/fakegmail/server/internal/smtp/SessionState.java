package dev.fakegmail.server.internal.smtp;

import java.util.ArrayList;
import java.util.List;

/**
 * What one TLS session of a connection knows: HELO/EHLO, the authenticated identity, the open mail transaction.
 * STARTTLS replaces it with a fresh one (RFC 3207: everything learnt in clear is forgotten).
 */
final class SessionState {
    String heloName;
    String user;
    String mechanism;
    String mailFrom;
    boolean utf8;
    final List<String> recipients = new ArrayList<>();
    MessageBuffer chunks;

    boolean greeted() {
        return heloName != null;
    }

    boolean authenticated() {
        return user != null;
    }

    boolean inTransaction() {
        return mailFrom != null;
    }

    /** Ends the mail transaction (RSET, EHLO, a stored or refused message). */
    void resetTransaction() {
        mailFrom = null;
        utf8 = false;
        recipients.clear();
        chunks = null;
    }
}
