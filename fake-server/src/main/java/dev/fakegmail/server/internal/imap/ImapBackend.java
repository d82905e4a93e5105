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

    /** Brings every accepted message into the store; called before each command that reads a mailbox. */
    void sync();

    /** The mailboxes IMAP serves, the same ones SMTP fills. */
    MailStore store();
}
