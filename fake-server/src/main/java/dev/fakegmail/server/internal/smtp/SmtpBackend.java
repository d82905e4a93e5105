package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.internal.auth.AuthResult;
import dev.fakegmail.server.internal.delivery.Submission;

/**
 * What the SMTP engine needs from the rest of the server: the Google Accounts and the message store.
 * Implementations are thread-safe; every session calls them from its own thread.
 */
public interface SmtpBackend {

    /** Checks a username and password (AUTH PLAIN and LOGIN). */
    AuthResult authenticate(String username, String password);

    /** Checks an OAuth 2.0 access token (AUTH XOAUTH2 and OAUTHBEARER). */
    AuthResult authenticateBearer(String username, String token);

    /** Whether the account may send another message now (false once its daily sending limit is reached). */
    boolean maySend(String username);

    /**
     * Stores an accepted message (mailboxes and journal). Called before the {@code 250} reply is written;
     * it must not fail for ordinary input. The message becomes visible to readers of the journal here.
     */
    void store(Submission submission);

    /** Who hears about connects, TLS, logins and refused commands (default: nobody). */
    default SessionListener listener() {
        return SessionListener.NONE;
    }

    /** Called once the {@code 250} reply for a stored message was flushed (or the flush failed): wakes waiters. */
    void acknowledged(Submission submission);
}
