package dev.fakegmail.server;

import dev.fakegmail.server.internal.activity.ActivityLog;
import dev.fakegmail.server.internal.imap.ImapBackend;
import dev.fakegmail.server.internal.auth.AuthResult;
import dev.fakegmail.server.internal.store.MailStore;
import java.util.Optional;

/**
 * Connects the IMAP door to the same accounts (and lockout) as SMTP, to the same mailboxes, and to the one activity
 * log.
 */
final class ImapDoor implements ImapBackend {
    private final AccountDirectory accounts;
    private final Mailboxes mailboxes;
    private final ActivityLog activity;

    ImapDoor(AccountDirectory accounts, Mailboxes mailboxes, ActivityLog activity) {
        this.accounts = accounts;
        this.mailboxes = mailboxes;
        this.activity = activity;
    }

    @Override
    public AuthResult authenticate(String username, String secret) {
        return accounts.authenticate(username, secret);
    }

    @Override
    public AuthResult authenticateBearer(String username, String token) {
        return accounts.authenticateBearer(username, token);
    }

    @Override
    public Optional<String> address(String username) {
        return accounts.find(username).map(GmailAccount::address);
    }

    @Override
    public void signIn(String sessionId, String command, Optional<String> user, String reply, boolean accepted) {
        activity.signIn(ActivityEvent.Door.IMAP, sessionId, command, user, reply, accepted);
    }

    @Override
    public void sync() {
        mailboxes.sync();
    }

    @Override
    public void follow() {
        mailboxes.follow();
    }

    @Override
    public void unfollow() {
        mailboxes.unfollow();
    }

    @Override
    public MailStore store() {
        return mailboxes.store();
    }
}
