package dev.fakegmail.server;

import dev.fakegmail.server.internal.activity.ActivityLog;
import dev.fakegmail.server.internal.delivery.GmailRewrite;
import dev.fakegmail.server.internal.delivery.SenderIdentity;
import dev.fakegmail.server.internal.auth.AuthResult;
import dev.fakegmail.server.internal.smtp.SessionListener;
import dev.fakegmail.server.internal.smtp.SmtpBackend;
import dev.fakegmail.server.internal.delivery.Submission;
import dev.fakegmail.server.internal.store.MessageJournal;

/** Connects the engine to the accounts, the journal and the GreenMail mailboxes. */
final class ServerBackend implements SmtpBackend {
    private final AccountDirectory accounts;
    private final Mailboxes mailboxes;
    private final MessageJournal journal;
    private final ActivityLog activity;

    ServerBackend(AccountDirectory accounts, Mailboxes mailboxes, MessageJournal journal, ActivityLog activity) {
        this.accounts = accounts;
        this.mailboxes = mailboxes;
        this.journal = journal;
        this.activity = activity;
    }

    @Override
    public SessionListener listener() {
        return activity;
    }

    @Override
    public AuthResult authenticate(String username, String password) {
        return accounts.authenticate(username, password);
    }

    @Override
    public AuthResult authenticateBearer(String username, String token) {
        return accounts.authenticateBearer(username, token);
    }

    @Override
    public boolean maySend(String username) {
        return accounts.find(username).map(GmailAccount::maySendNow).orElse(false);
    }

    @Override
    public void store(Submission submission) {
        GmailAccount account = accounts.find(submission.account()).orElseThrow(() -> new IllegalStateException(
                "session " + submission.sessionId() + " is authenticated as an unknown account"));
        SenderIdentity sender = new SenderIdentity(account.address(), account.sendAsAliases(), account.defaultSendAs());
        GmailRewrite.Rewritten rewritten = GmailRewrite.rewrite(submission.data(), sender, submission);
        account.recordSent(submission.acceptedAt());
        Envelope envelope = new Envelope(account.address(), submission.mailFrom(), submission.recipients());
        MessageBytes bytes = new MessageBytes(submission.data(), rewritten.header(), rewritten.bodyOffset());
        ReceivedMessage message = journal.add(id -> new ReceivedMessage(id, envelope, submission.sessionId(),
                submission.tlsProtocol(), submission.tlsCipher(), submission.authMechanism(), submission.acceptedAt(),
                bytes));
        mailboxes.accepted(message);
        activity.accepted(message);
    }

    @Override
    public void acknowledged(Submission submission) {
        journal.acknowledge();
        mailboxes.acknowledged();
    }
}
