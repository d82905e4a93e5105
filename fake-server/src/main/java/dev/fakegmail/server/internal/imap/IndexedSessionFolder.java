package dev.fakegmail.server.internal.imap;

import com.icegreen.greenmail.imap.ImapSession;
import com.icegreen.greenmail.imap.ImapSessionFolder;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import jakarta.mail.Flags;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The selected folder of a session, as GreenMail's {@link ImapSessionFolder}, but answering "which sequence number
 * has UID n" and "which message has UID n" from an index instead of a scan. GreenMail's own folder copies every UID
 * of the folder to answer {@link #getMsn} once and scans the list for {@link #getMessage}, and its {@code FETCH},
 * {@code STORE}, {@code SEARCH}, {@code COPY} and {@code MOVE} ask that once per message: {@code FETCH 1:* (FLAGS
 * ENVELOPE)} on 10,000 messages took about 2 s, 99% of it in those two scans (measured with JFR).
 *
 * <p>The index is a copy of the folder's message list and is rebuilt when the folder changed since it was made: a
 * message was added or expunged (this folder hears of both as GreenMail's listener, after the list changed), or the
 * folder's message count or next UID differ (GreenMail's {@code deleteAllMessages} tells no listener). The change
 * counter is read before the copy is made, so a copy is never used after a change it does not contain. The answers
 * are GreenMail's, including its exception for an unknown UID.
 *
 * <p>Flag changes made by other sessions are kept here too ({@link #takeFlagChanges}), because GreenMail keeps them
 * in entries this package cannot read. GreenMail registers the folder as a listener in its constructor, before this
 * class's fields exist: a change that races the {@code SELECT} itself is then taken as part of the selected state.
 */
final class IndexedSessionFolder extends ImapSessionFolder {
    private final MailFolder folder;
    private final AtomicLong changes = new AtomicLong();
    private final SortedMap<Integer, FlagChange> flagChanges = new TreeMap<>();
    private volatile Index index;

    IndexedSessionFolder(MailFolder folder, ImapSession session, boolean readonly) {
        super(folder, session, readonly);
        this.folder = folder;
    }

    @Override
    public int getMsn(long uid) throws FolderException {
        Integer position = current().positions.get(uid);
        return position == null ? super.getMsn(uid) : position + 1; // GreenMail's exception for a missing UID
    }

    @Override
    public StoredMessage getMessage(long uid) {
        Index current = current();
        Integer position = current.positions.get(uid);
        return position == null ? null : current.messages.get(position);
    }

    /** The message with sequence number {@code msn}, when there is one. */
    Optional<StoredMessage> messageAt(long msn) {
        List<StoredMessage> messages = current().messages;
        return msn >= 1 && msn <= messages.size() ? Optional.of(messages.get((int) msn - 1)) : Optional.empty();
    }

    @Override
    public void added(int msn) {
        changed();
        super.added(msn);
    }

    @Override
    public void expunged(int msn) {
        changed();
        super.expunged(msn);
    }

    /** Kept here, not in GreenMail's map, whose entries this package cannot read (see {@link #takeFlagChanges}). */
    @Override
    public void flagsUpdated(int msn, Flags flags, Long uid) {
        if (flagChanges == null) {
            return; // during GreenMail's constructor, see the class comment
        }
        synchronized (flagChanges) {
            flagChanges.put(msn, new FlagChange(msn, Optional.ofNullable(uid), flags));
        }
    }

    /**
     * The flag changes other sessions made since the last call, by sequence number, the latest per message: what
     * GreenMail's {@code getFlagUpdates()} answers, as values {@link IndexedSession} can read.
     */
    List<FlagChange> takeFlagChanges() {
        synchronized (flagChanges) {
            List<FlagChange> taken = List.copyOf(flagChanges.values());
            flagChanges.clear();
            return taken;
        }
    }

    /**
     * One message's new flags, for an untagged {@code FETCH}.
     *
     * @param msn   its sequence number when the flags changed
     * @param uid   its UID, when the command that changed them was a {@code UID} command
     * @param flags the flags it has now
     */
    record FlagChange(int msn, Optional<Long> uid, Flags flags) {
    }

    @Override
    public void mailboxDeleted() {
        changed();
        super.mailboxDeleted();
    }

    private void changed() {
        if (changes != null) { // null only during GreenMail's constructor, before any index exists
            changes.incrementAndGet();
        }
    }

    @Override
    public void deselect() {
        index = null;
        super.deselect();
    }

    private Index current() {
        Index current = index;
        long change = changes.get();
        int count = folder.getMessageCount();
        long uidNext = folder.getUIDNext();
        if (current == null || !current.isFor(change, count, uidNext)) {
            current = new Index(change, count, uidNext, folder.getMessages());
            index = current;
        }
        return current;
    }

    /** One copy of the folder's messages with each UID's position, and what the folder looked like before it. */
    private static final class Index {
        private final long change;
        private final int count;
        private final long uidNext;
        private final List<StoredMessage> messages;
        private final Map<Long, Integer> positions;

        Index(long change, int count, long uidNext, List<StoredMessage> messages) {
            this.change = change;
            this.count = count;
            this.uidNext = uidNext;
            this.messages = List.copyOf(messages);
            this.positions = new HashMap<>(messages.size() * 2);
            for (int i = 0; i < this.messages.size(); i++) {
                positions.put(this.messages.get(i).getUid(), i);
            }
        }

        boolean isFor(long currentChange, int currentCount, long currentUidNext) {
            return change == currentChange && count == currentCount && uidNext == currentUidNext
                    && messages.size() == count;
        }
    }
}
