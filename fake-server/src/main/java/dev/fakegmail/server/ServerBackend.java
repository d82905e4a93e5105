package dev.fakegmail.server;

import dev.fakegmail.server.internal.smtp.AuthResult;
import dev.fakegmail.server.internal.smtp.SmtpBackend;
import dev.fakegmail.server.internal.smtp.Submission;
import dev.fakegmail.server.internal.store.MailStore;
import dev.fakegmail.server.internal.store.MessageJournal;

/** Connects the engine to the accounts, the GreenMail mailboxes and the journal. */
final class ServerBackend implements SmtpBackend {
    private final AccountDirectory accounts;
    private final MailStore store;
    private final MessageJournal journal;

    ServerBackend(AccountDirectory accounts, MailStore store, MessageJournal journal) {
        this.accounts = accounts;
        this.store = store;
        this.journal = journal;
    }

    @Override
    public AuthResult authenticate(String username, String password) {
        return accounts.authenticate(username, password);
    }

    @Override
    public AuthResult authenticateBearer(String username, String token) {
        return AuthResult.BAD_CREDENTIALS;
    }

    @Override
    public void store(Submission submission) {
        String account = accounts.find(submission.account()).map(GmailAccount::address).orElse(submission.account());
        store.deliver(account, submission.recipients(), submission.data());
        journal.add(new ReceivedMessage(
                new Envelope(account, submission.mailFrom(), submission.recipients()),
                submission.sessionId(), submission.tlsProtocol(), submission.tlsCipher(),
                submission.authMechanism(), submission.acceptedAt(), submission.data()));
    }

    @Override
    public void acknowledged(Submission submission) {
        journal.acknowledge();
    }
}
