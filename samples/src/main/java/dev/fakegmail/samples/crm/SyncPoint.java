package dev.fakegmail.samples.crm;

/**
 * Where the last reply sync stopped in the INBOX: the folder's {@code UIDVALIDITY} and the highest UID read. The
 * next sync reads only messages with a higher UID; when the UIDVALIDITY changed, the folder was rebuilt and the
 * sync starts from the beginning.
 *
 * @param uidValidity the INBOX's UIDVALIDITY when it was read, 0 before the first sync
 * @param lastUid     the highest UID read, 0 before the first sync
 */
public record SyncPoint(long uidValidity, long lastUid) {

    /** Before the first sync: every message in the INBOX is new. */
    public static SyncPoint beginning() {
        return new SyncPoint(0, 0);
    }

    /** The highest UID already read, in a folder whose UIDVALIDITY is {@code current}. */
    long lastUidIn(long current) {
        return current == uidValidity ? lastUid : 0;
    }
}
