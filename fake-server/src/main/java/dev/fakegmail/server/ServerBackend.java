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
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Connects the engine to the accounts, the journal and the GreenMail mailboxes. After a message's {@code 250} was
 * flushed the journal is trimmed to its cap, waiters are woken, and one indexing thread takes out the summary of
 * every message not yet indexed ({@link MessageJournal#indexNew()}) and adds it to the journal's search index, so that
 * list views never parse it and a filtered page reads only candidates, while neither the reply nor the
 * session's next command waits for it (on the session thread it cut a reused connection from 1,830 to 1,110 messages
 * per second in one run of benchmark scenario 3 on a loaded 2-core machine, where runs vary by a third). The indexing
 * thread runs once intake pauses for {@value #QUIET_MILLIS} ms, or when {@value #MOST_BEHIND} messages wait, so a
 * burst of mail does not share the CPU with its own indexing. A filtered page that asks first indexes the rest
 * itself.
 */
final class ServerBackend implements SmtpBackend {
    private static final long INDEXER_IDLE_SECONDS = 5;
    /** How long intake must pause before the indexing thread runs. */
    static final long QUIET_MILLIS = 50;
    /** How many messages may wait for the index while intake goes on. */
    static final int MOST_BEHIND = 10_000;
    /** The message each stored submission became, until its {@code 250} was flushed. */
    private final Map<Submission, ReceivedMessage> unacknowledged = Collections.synchronizedMap(new IdentityHashMap<>());
    private final ScheduledThreadPoolExecutor indexer = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "fake-gmail-indexing");
        thread.setDaemon(true);
        return thread;
    });
    /** When the last message's {@code 250} was flushed ({@link System#nanoTime()}). */
    private final AtomicLong lastAcknowledged = new AtomicLong();
    /** Whether an indexing run is scheduled. */
    private final AtomicBoolean indexing = new AtomicBoolean();
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
        indexer.setKeepAliveTime(INDEXER_IDLE_SECONDS, TimeUnit.SECONDS);
        indexer.allowCoreThreadTimeOut(true);
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
            lastAcknowledged.set(System.nanoTime());
            if (indexing.compareAndSet(false, true)) {
                indexer.schedule(this::indexWhenQuiet, QUIET_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Indexes the new messages once intake has paused or too many wait; otherwise looks again when it may have. */
    private void indexWhenQuiet() {
        long quietFor = System.nanoTime() - lastAcknowledged.get();
        long quiet = TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS);
        if (quietFor < quiet && journal.unindexedCount() < MOST_BEHIND) {
            indexer.schedule(this::indexWhenQuiet, quiet - quietFor, TimeUnit.NANOSECONDS);
            return;
        }
        indexing.set(false); // a message acknowledged from here on schedules the next run
        journal.indexNew();
    }
}
