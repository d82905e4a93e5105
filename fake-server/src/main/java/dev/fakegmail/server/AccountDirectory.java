package dev.fakegmail.server;

import dev.fakegmail.server.internal.auth.AuthResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The server's Google Accounts: lookup by address ignoring case, SMTP login checks, and the failed-login
 * lockout.
 *
 * <p>Lockout: every failed login of a known account (bad credentials, or the account password where an app
 * password is required) is a timestamp on the server clock. While {@code maxFailures} failures lie within the
 * last {@code window}, every login of that account (a correct one too) gets TOO_MANY_ATTEMPTS; such refused
 * attempts are not counted. A successful login does not clear earlier failures. Logins for unknown addresses
 * are BAD_CREDENTIALS and are not tracked. Thread-safe.
 */
final class AccountDirectory {
    /** Default number of failures within the window after which logins are refused (the 11th is refused). */
    static final int DEFAULT_MAX_FAILURES = 10;
    /** Default length of the sliding window in which failures count. */
    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

    private final Map<String, Entry> entries;
    /** How many of the entries were configured; later ones were added while running and go on reset. */
    private final int configured;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    /** A directory with the default lockout ({@value #DEFAULT_MAX_FAILURES} failures in 10 minutes). */
    AccountDirectory(List<GmailAccount> accounts, Clock clock) {
        this(accounts, clock, DEFAULT_MAX_FAILURES, DEFAULT_WINDOW);
    }

    /**
     * @param accounts    the accounts, in the order {@link #all()} returns them; addresses unique ignoring case
     * @param maxFailures failures within {@code window} that lock an account (at least 1)
     * @param window      how long a failure counts (positive)
     */
    AccountDirectory(List<GmailAccount> accounts, Clock clock, int maxFailures, Duration window) {
        Objects.requireNonNull(accounts, "accounts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.window = Objects.requireNonNull(window, "window");
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, but was " + maxFailures);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The lockout window must be positive, but was " + window);
        }
        this.maxFailures = maxFailures;
        this.entries = java.util.Collections.synchronizedMap(index(accounts));
        this.configured = entries.size();
    }

    /**
     * Adds an account while the server runs.
     *
     * @throws IllegalArgumentException when its address is taken (ignoring case)
     */
    GmailAccount add(GmailAccount account) {
        if (entries.putIfAbsent(key(account.address()), new Entry(account)) != null) {
            throw new IllegalArgumentException("An account with the address " + account.address()
                    + " exists already (addresses are compared ignoring case); choose another address");
        }
        return account;
    }

    private static Map<String, Entry> index(List<GmailAccount> accounts) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (GmailAccount account : accounts) {
            Objects.requireNonNull(account, "accounts must not contain null");
            if (map.putIfAbsent(key(account.address()), new Entry(account)) != null) {
                throw new IllegalArgumentException("Two accounts have the address " + account.address()
                        + " (addresses are compared ignoring case); give each account its own address");
            }
        }
        return map;
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    /** The account with this address, ignoring case. */
    Optional<GmailAccount> find(String address) {
        if (address == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(entries.get(key(address))).map(entry -> entry.account);
    }

    /**
     * The account with this address, ignoring case.
     *
     * @throws IllegalArgumentException naming the accounts there are and how to add this one, when there is none
     */
    GmailAccount require(String address) {
        return find(address).orElseThrow(() -> new IllegalArgumentException("No account '" + address
                + "' on this fake Gmail; it has " + all().stream().map(GmailAccount::address).toList()
                + ". Add it with FakeGmailServer.builder().account(AccountSettings.of(\"" + address + "\"))"));
    }

    /** Every account, in the order given to the constructor. */
    List<GmailAccount> all() {
        synchronized (entries) {
            return entries.values().stream().map(entry -> entry.account).toList();
        }
    }

    /** Checks an SMTP login (see the class comment for the lockout). */
    AuthResult authenticate(String username, String secret) {
        Entry entry = username == null ? null : entries.get(key(username));
        if (entry == null) {
            return AuthResult.BAD_CREDENTIALS;
        }
        return entry.attempt(account -> account.authenticate(secret), clock.instant(), maxFailures, window);
    }

    /** Checks an OAuth 2.0 bearer token login; failures count towards the same lockout. */
    AuthResult authenticateBearer(String username, String token) {
        Entry entry = username == null ? null : entries.get(key(username));
        if (entry == null) {
            return AuthResult.BAD_CREDENTIALS;
        }
        return entry.attempt(account -> account.authenticateToken(token), clock.instant(), maxFailures, window);
    }

    /** Resets every account to its settings and forgets every failure. */
    void reset() {
        synchronized (entries) {
            List<String> keys = List.copyOf(entries.keySet());
            keys.subList(configured, keys.size()).forEach(entries::remove);
            for (Entry entry : entries.values()) {
                entry.reset();
            }
        }
    }

    /** One account and the timestamps of its recent failures. */
    private static final class Entry {
        private final GmailAccount account;
        private final Deque<Instant> failures = new ArrayDeque<>();

        Entry(GmailAccount account) {
            this.account = account;
        }

        synchronized AuthResult attempt(Function<GmailAccount, AuthResult> check, Instant now, int maxFailures,
                                        Duration window) {
            Instant oldestCounted = now.minus(window);
            failures.removeIf(failure -> !failure.isAfter(oldestCounted));
            if (failures.size() >= maxFailures) {
                return AuthResult.TOO_MANY_ATTEMPTS;
            }
            AuthResult result = check.apply(account);
            if (result == AuthResult.BAD_CREDENTIALS || result == AuthResult.APP_PASSWORD_REQUIRED) {
                failures.addLast(now);
            }
            return result;
        }

        synchronized void reset() {
            failures.clear();
            account.reset();
        }
    }
}
