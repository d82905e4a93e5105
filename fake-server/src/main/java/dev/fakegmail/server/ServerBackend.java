package dev.fakegmail.server;

import dev.fakegmail.server.internal.activity.ActivityLog;
import dev.fakegmail.server.internal.delivery.GmailRewrite;
import dev.fakegmail.server.internal.delivery.SenderIdentity;
import dev.fakegmail.server.internal.auth.AuthResult;
import dev.fakegmail.server.internal.smtp.SessionListener;
import dev.fakegmail.server.internal.smtp.SmtpBackend;
import dev.fakegmail.server.internal.delivery.Submission;
import dev.fakegmail.server.internal.store.MessageJournal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Connects the engine to the accounts, the journal and the GreenMail mailboxes. After a message's {@code 250} was
 * flushed the journal is trimmed to its cap, waiters are woken, and one indexing thread takes out the summary of
 * every message not yet indexed ({@link MessageJournal#indexNew()}) and adds it to the journal's search index, so that
 * list views never parse it and a filtered page reads only candidates, while neither the reply nor the
 * session's next command waits for it (on the session thread it cut a reused connection from 1,830 to 1,110 messages
 * per second in one run of benchmark scenario 3 on a loaded 2-core machine, where runs vary by a third). A list that
 * asks first takes the summary out itself.
 */
final class ServerBackend implements SmtpBackend {
    private static final long INDEXER_IDLE_SECONDS = 5;
    /** The message each stored submission became, until its {@code 250} was flushed. */
    private final Map<Submission, ReceivedMessage> unacknowledged = Collections.synchronizedMap(new IdentityHashMap<>());
    private final ThreadPoolExecutor indexer = new ThreadPoolExecutor(0, 1, INDEXER_IDLE_SECONDS, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "fake-gmail-indexing");
                thread.setDaemon(true);
                return thread;
            });
    private final AccountDirectory accounts;
    private final Mailboxes mailboxes;
    private final MessageJournal journal;
    private final ActivityLog activity;
    private final Received received;

    ServerBackend(AccountDirectory accounts, Received received, ActivityLog activity) {
        this.accounts = accounts;
        this.received = received;
        this.mailboxes = received.mailboxes();
        this.journal = received.journal();
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
        unacknowledged.put(submission, message);
        mailboxes.accepted(message);
        activity.accepted(message);
    }

    @Override
    public void acknowledged(Submission submission) {
        ReceivedMessage message = unacknowledged.remove(submission);
        received.trim().forEach(activity::removed);
        journal.acknowledge();
        mailboxes.acknowledged();
        if (message != null) {
            indexer.execute(journal::indexNew);
        }
    }
}
