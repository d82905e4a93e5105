package dev.fakegmail.server.internal.imap;

import dev.fakegmail.server.internal.auth.AuthResult;
import dev.fakegmail.server.internal.store.MailStore;
import java.util.Optional;

/** What the IMAP door asks of the rest of the server: the accounts (shared with SMTP) and the mailboxes. */
public interface ImapBackend {
    /** Checks a password login exactly as SMTP does; failures count towards the lockout SMTP shares. */
    AuthResult authenticate(String username, String secret);

    /** Checks an OAuth 2.0 access token exactly as SMTP does (XOAUTH2, OAUTHBEARER). */
    AuthResult authenticateBearer(String username, String token);

    /** The account's address as configured, when the login name is one (ignoring case). */
    Optional<String> address(String username);

    /**
     * Records a sign-in attempt that got an answer in the activity log, as SMTP's are.
     *
     * @param command  {@code LOGIN} or {@code AUTHENTICATE} and the mechanism ({@code AUTHENTICATE PLAIN})
     * @param user     the username the client gave, when it could be read
     * @param reply    Gmail's tagged reply without the tag ({@code NO [AUTHENTICATIONFAILED] Invalid credentials
     *                 (Failure)})
     * @param accepted whether the session is now signed in
     */
    void signIn(String sessionId, String command, Optional<String> user, String reply, boolean accepted);

    /** Brings every accepted message into the store; called before each command that reads a mailbox. */
    void sync();

    /**
     * A session signed in: from now on every accepted message is filed as soon as its {@code 250} was flushed, so
     * that sessions with its folder selected (in IDLE above all) hear of it at once. Paired with {@link #unfollow()}.
     */
    void follow();

    /** A session that {@link #follow() followed} ended. */
    void unfollow();

    /** The mailboxes IMAP serves, the same ones SMTP fills. */
    MailStore store();
}
