package dev.fakegmail.server;

import dev.fakegmail.server.internal.imap.ImapBackend;
import dev.fakegmail.server.internal.auth.AuthResult;
import dev.fakegmail.server.internal.store.MailStore;
import java.util.Optional;

/** Connects the IMAP door to the same accounts (and lockout) as SMTP and to the same mailboxes. */
final class ImapDoor implements ImapBackend {
    private final AccountDirectory accounts;
    private final Mailboxes mailboxes;

    ImapDoor(AccountDirectory accounts, Mailboxes mailboxes) {
        this.accounts = accounts;
        this.mailboxes = mailboxes;
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
    public void sync() {
        mailboxes.sync();
    }

    @Override
    public MailStore store() {
        return mailboxes.store();
    }
}
