package dev.fakegmail.http.internal.gmail;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * One account's history for {@code users.history.list} (docs/gmail-api.md §4): its records in the order of their
 * ids, the mailbox's current history id, and the oldest {@code startHistoryId} still served — older ones answer
 * Google's 404 once {@code GmailAccount.expireGmailApiHistory()} was called (or the server was reset). Guarded by the
 * {@link MailboxSource}'s lock.
 */
final class AccountHistory {
    private final List<HistoryRecord> records = new ArrayList<>();
    private long latest;
    private long floor;
    private long expirationsSeen;

    /**
     * An empty history.
     *
     * @param current     the server's current history id: the account's until it has records of its own
     * @param floor       the oldest startHistoryId served
     * @param expirations how many expirations the account has had so far (those are not this history's)
     */
    AccountHistory(long current, long floor, long expirations) {
        this.latest = current;
        this.floor = floor;
        this.expirationsSeen = expirations;
    }

    void record(long id, HistoryRecord.Kind kind, ViewEntry entry, List<String> labels, List<String> changed) {
        records.add(new HistoryRecord(id, kind, entry.id(), entry.threadId(), labels, changed));
        latest = Math.max(latest, id);
    }

    /** The mailbox's current history id (Google's {@code Profile.historyId}). */
    long latest() {
        return latest;
    }

    /**
     * Forgets every record when the account was expired since last seen: the floor and the current id become a new
     * id from {@code next}, so every id handed out before is too old and the next {@code getProfile} gives one that
     * works.
     */
    void expireIfAsked(long expirations, LongSupplier next) {
        if (expirations != expirationsSeen) {
            expirationsSeen = expirations;
            records.clear();
            floor = next.getAsLong();
            latest = floor;
        }
    }

    /** Whether {@code startHistoryId} is older than what is kept (Google answers 404). */
    boolean tooOld(long startHistoryId) {
        return startHistoryId < floor;
    }

    /**
     * The records after {@code after} that {@code keep} keeps, at most {@code max} distinct ids of them, and the id
     * the next page starts at.
     */
    Page page(long after, Predicate<HistoryRecord> keep, int max) {
        List<HistoryRecord> found = new ArrayList<>();
        int ids = 0;
        long last = -1;
        for (int i = firstAfter(after); i < records.size(); i++) {
            HistoryRecord record = records.get(i);
            if (!keep.test(record)) {
                continue;
            }
            if (record.id() != last) {
                if (ids == max) {
                    return new Page(found, OptionalLong.of(record.id()));
                }
                ids++;
                last = record.id();
            }
            found.add(record);
        }
        return new Page(found, OptionalLong.empty());
    }

    /**
     * A page of records.
     *
     * @param records the records, oldest first (those of one id next to each other)
     * @param next    the id the next page starts at
     */
    record Page(List<HistoryRecord> records, OptionalLong next) {
    }

    private int firstAfter(long id) {
        int low = 0;
        int high = records.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (records.get(middle).id() <= id) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
