package dev.fakegmail.server;

/** Which kind of Google Account: it decides the default daily sending limit. */
public enum AccountKind {
    /** A consumer {@code @gmail.com} account: 500 messages per rolling 24 hours. */
    CONSUMER(500),
    /** A Google Workspace account: 2,000 messages per rolling 24 hours. */
    WORKSPACE(2_000);

    private final int dailySendingLimit;

    AccountKind(int dailySendingLimit) {
        this.dailySendingLimit = dailySendingLimit;
    }

    /** Messages per rolling 24 hours before Gmail answers DATA with {@code 550-5.4.5}. */
    public int dailySendingLimit() {
        return dailySendingLimit;
    }
}
