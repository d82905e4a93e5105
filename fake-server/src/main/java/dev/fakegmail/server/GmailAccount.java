package dev.fakegmail.server;

import dev.fakegmail.server.internal.auth.AuthResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Google Account behind the fake server's SMTP login, with its live state: the account password,
 * 2-Step Verification and the app passwords.
 *
 * <p>The rules follow Google's: only an active app password authenticates SMTP; the account password is
 * refused ("application-specific password required" while 2-Step Verification is on, "bad credentials"
 * while it is off); changing the password or turning 2-Step Verification off revokes every app password.
 * Thread-safe: the test thread may change the account while SMTP sessions log in.
 */
public final class GmailAccount {
    /** Name of the app password created with the account (and again by a reset). */
    static final String INITIAL_APP_PASSWORD_NAME = "Mail";

    private final AccountSettings settings;
    private final Clock clock;
    private final boolean strictAppPasswordSpaces;
    private final List<AppPassword> active = new ArrayList<>();
    private final OAuthTokens tokens = new OAuthTokens();
    private final TokenRegistry registry;
    private final SendingQuota quota = new SendingQuota();
    private final List<String> sendAsAliases = new ArrayList<>();
    private long historyExpirations;
    private String defaultSendAs;
    private String password;
    private boolean twoStepVerification;

    /**
     * Creates the account in the state {@code settings} describes, with the initial app password (named
     * {@value #INITIAL_APP_PASSWORD_NAME}: the fixed value, or a random one) when 2-Step Verification is on.
     *
     * @param strictAppPasswordSpaces true: a presented app password must be the 16 letters exactly; false:
     *                                spaces in it are ignored
     */
    GmailAccount(AccountSettings settings, Clock clock, boolean strictAppPasswordSpaces) {
        this(settings, clock, strictAppPasswordSpaces, new TokenRegistry());
    }

    /** An account whose refresh tokens and OAuth clients {@code registry} knows, with its server's other accounts'. */
    GmailAccount(AccountSettings settings, Clock clock, boolean strictAppPasswordSpaces, TokenRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.strictAppPasswordSpaces = strictAppPasswordSpaces;
        reset();
    }

    /** The Gmail address as configured (the SMTP username; compared ignoring case). */
    public String address() {
        return settings.address();
    }

    /** The current Google Account password. It never authenticates SMTP by itself. */
    public synchronized String password() {
        return password;
    }

    /** Whether 2-Step Verification is on. */
    public synchronized boolean isTwoStepVerificationOn() {
        return twoStepVerification;
    }

    /** The settings the account was created from and that a reset returns it to. */
    public AccountSettings settings() {
        return settings;
    }

    /**
     * Changes the account password. Like Google, this revokes every app password, every access token and every
     * refresh token with a Gmail scope; no new app password is created.
     *
     * @return what the change revoked
     * @throws IllegalArgumentException when {@code newPassword} is blank or equals the current password
     *                                  (Google refuses to reuse it)
     */
    public synchronized PasswordChange changePassword(String newPassword) {
        AccountSettings.checkPassword(address(), newPassword);
        if (newPassword.equals(password)) {
            throw new IllegalArgumentException("The new password of account " + address()
                    + " equals the current one; Google refuses to reuse it. Choose a different password.");
        }
        password = newPassword;
        List<AppPassword> appPasswords = List.copyOf(active);
        revokeAll();
        return tokens.revokeForPasswordChange(appPasswords);
    }

    /** Turns 2-Step Verification on (no app password is created by this; see {@link #createAppPassword}). */
    public synchronized void turnOnTwoStepVerification() {
        twoStepVerification = true;
    }

    /** Turns 2-Step Verification off, which revokes every app password. */
    public synchronized void turnOffTwoStepVerification() {
        twoStepVerification = false;
        revokeAll();
    }

    /**
     * Creates an app password with a random value, as on the Google Account's "App passwords" page.
     *
     * @param name a label, not blank, at most 100 characters (e.g. the application's name)
     * @throws IllegalStateException when 2-Step Verification is off
     */
    public synchronized AppPassword createAppPassword(String name) {
        Objects.requireNonNull(name, "app password name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("The name of a new app password of account " + address()
                    + " must not be blank; pass a label such as \"Mail\" or the application's name");
        }
        if (name.length() > AppPassword.MAX_NAME) {
            throw new IllegalArgumentException("The name of a new app password of account " + address() + " has "
                    + name.length() + " characters, more than " + AppPassword.MAX_NAME
                    + "; pass a short label such as \"Mail\" or the application's name");
        }
        if (!twoStepVerification) {
            throw new IllegalStateException(twoStepOffMessage());
        }
        AppPassword created = AppPassword.random(name, clock.instant());
        active.add(created);
        return created;
    }

    /** The active (not revoked) app passwords, oldest first. */
    public synchronized List<AppPassword> appPasswords() {
        return List.copyOf(active);
    }

    /** The newest active app password; empty when there is none (2SV off, or all revoked). */
    public synchronized Optional<AppPassword> currentAppPassword() {
        return active.isEmpty() ? Optional.empty() : Optional.of(active.get(active.size() - 1));
    }

    /**
     * Revokes one app password; it never works again. Revoking an already revoked one does nothing.
     *
     * @throws IllegalArgumentException when it is an active app password of another account
     */
    public synchronized void revoke(AppPassword appPassword) {
        Objects.requireNonNull(appPassword, "appPassword must not be null");
        if (active.remove(appPassword)) {
            appPassword.revoke();
        } else if (!appPassword.isRevoked()) {
            throw new IllegalArgumentException("App password '" + appPassword.name() + "' does not belong to account "
                    + address() + "; revoke it on the account that created it");
        }
    }

    /** Issues an OAuth 2.0 access token for {@code https://mail.google.com/}, valid for one hour on the clock. */
    public synchronized AccessToken issueAccessToken() {
        return issueAccessToken(AccessToken.MAIL_SCOPE);
    }

    /** Issues an access token for another scope (it will not authenticate SMTP: useful for negative tests). */
    public synchronized AccessToken issueAccessToken(String scope) {
        return tokens.issue(scope, clock.instant());
    }

    /** The tokens that were not revoked, oldest first (expired ones included). */
    public synchronized List<AccessToken> accessTokens() {
        return tokens.unrevoked();
    }

    /**
     * Revokes one access token.
     *
     * @throws IllegalArgumentException when it belongs to another account
     */
    public synchronized void revoke(AccessToken token) {
        if (!tokens.revoke(Objects.requireNonNull(token, "token must not be null"))) {
            throw new IllegalArgumentException("That access token does not belong to account " + address()
                    + "; revoke it on the account that issued it");
        }
    }

    /**
     * Mints a refresh token for {@code https://mail.google.com/}, as Google's consent screen would after the user
     * allowed {@code client}; the fake's {@code POST /token} exchanges it for access tokens.
     *
     * @throws IllegalArgumentException when the client's id is known on this server with another secret
     */
    public synchronized RefreshToken mintRefreshToken(OAuthClient client) {
        return mintRefreshToken(client, AccessToken.MAIL_SCOPE);
    }

    /**
     * Mints a refresh token for another scope (a password change revokes it only when the scope is Gmail's).
     *
     * @throws IllegalArgumentException when the client's id is known on this server with another secret (Google
     *                                  gives a client one secret)
     */
    public synchronized RefreshToken mintRefreshToken(OAuthClient client, String scope) {
        registry.register(Objects.requireNonNull(client, "client"));
        RefreshToken token = tokens.mint(client, address(), scope, clock.instant());
        registry.minted(token, this);
        return token;
    }

    /**
     * Makes a refresh token this account minted work again after a reset or a password change revoked it: a new live
     * token with the same value, client and scope (the revoked one stays revoked). For an application configured once
     * with the token's value, e.g. a Spring context that outlives the reset before each test; a test that changes the
     * password still sees the application refused until the token is reinstated.
     *
     * @return the live token
     * @throws IllegalArgumentException when this account did not mint it (or the server no longer remembers it)
     */
    public synchronized RefreshToken reinstate(RefreshToken token) {
        Objects.requireNonNull(token, "token must not be null");
        boolean mine = registry.token(token.value()).filter(minted -> minted.account() == this).isPresent();
        if (!mine) {
            throw new IllegalArgumentException("That refresh token was not minted by account " + address()
                    + " of this server; reinstate it on the account that minted it");
        }
        RefreshToken live = tokens.reinstate(token, clock.instant());
        registry.minted(live, this);
        return live;
    }

    /** Every refresh token minted since the last reset, oldest first, revoked ones included. */
    public synchronized List<RefreshToken> refreshTokens() {
        return tokens.refreshTokens();
    }

    /**
     * Revokes one refresh token; it never works again.
     *
     * @throws IllegalArgumentException when it belongs to another account
     */
    public synchronized void revoke(RefreshToken token) {
        if (!tokens.revoke(Objects.requireNonNull(token, "token must not be null"))) {
            throw new IllegalArgumentException("That refresh token does not belong to account " + address()
                    + "; revoke it on the account that minted it");
        }
    }

    /** Adds a verified "Send mail as" address: Gmail then keeps a From: header naming it. */
    public synchronized void addSendAsAlias(String alias) {
        AccountSettings.checkAddress(alias);
        if (!maySendAs(alias)) {
            sendAsAliases.add(alias);
        }
    }

    /** The verified "Send mail as" aliases besides the primary address. */
    public synchronized List<String> sendAsAliases() {
        return List.copyOf(sendAsAliases);
    }

    /** The default "Send mail as" address: the primary address unless an alias was made the default. */
    public synchronized String defaultSendAs() {
        return defaultSendAs;
    }

    /**
     * Makes a verified alias (or the primary address) the default "Send mail as" address. Gmail puts it in place
     * of a From: it does not accept, and adds {@code Sender:} with the primary address when it is an alias.
     *
     * @throws IllegalArgumentException when the address is not verified for this account
     */
    public synchronized void setDefaultSendAs(String address) {
        if (!maySendAs(address)) {
            throw new IllegalArgumentException("'" + address + "' is not a verified send-as address of " + address()
                    + " " + sendAsAliases + "; call addSendAsAlias(\"" + address + "\") first");
        }
        defaultSendAs = address;
    }

    /** Whether Gmail keeps a From: header with this address: the account's own address or a verified alias. */
    public synchronized boolean maySendAs(String address) {
        return address.equalsIgnoreCase(address()) || sendAsAliases.stream().anyMatch(address::equalsIgnoreCase);
    }

    /** Messages accepted within the last 24 hours on the server's clock. */
    public synchronized int sentInLast24Hours() {
        return quota.sentWithin(clock.instant());
    }

    /** The daily sending limit: messages per rolling 24 hours. */
    public int dailySendingLimit() {
        return settings.dailySendingLimit();
    }

    /**
     * Makes the Gmail API forget this account's history, as Gmail does once a {@code historyId} is about a week old:
     * the next {@code users.history.list} with any {@code startHistoryId} older than now answers Google's 404
     * ("Requested entity was not found."), so an application's full-resync path can be tested
     * (docs/gmail-api.md §4). Ids handed out afterwards ({@code getProfile}'s {@code historyId}) work again.
     */
    public synchronized void expireGmailApiHistory() {
        historyExpirations++;
    }

    /** How many times {@link #expireGmailApiHistory()} was called since the account was made (the door reads it). */
    public synchronized long gmailApiHistoryExpirations() {
        return historyExpirations;
    }

    /** Whether another message may be sent now (the daily limit is not reached). */
    synchronized boolean maySendNow() {
        return quota.sentWithin(clock.instant()) < settings.dailySendingLimit();
    }

    synchronized void recordSent(java.time.Instant when) {
        quota.record(when);
    }

    /** Checks a bearer token (XOAUTH2, OAUTHBEARER): ACCEPTED only for a usable token of this account. */
    synchronized AuthResult authenticateToken(String token) {
        return token == null || token.isEmpty() ? AuthResult.BAD_CREDENTIALS : tokens.authenticate(token, clock.instant());
    }

    /**
     * Checks an SMTP password: an active app password → ACCEPTED (its last use is recorded); the account
     * password while 2-Step Verification is on → APP_PASSWORD_REQUIRED; anything else → BAD_CREDENTIALS.
     */
    synchronized AuthResult authenticate(String secret) {
        if (secret == null || secret.isEmpty()) {
            return AuthResult.BAD_CREDENTIALS;
        }
        for (AppPassword candidate : active) {
            if (candidate.matches(secret, strictAppPasswordSpaces)) {
                candidate.markUsed(clock.instant());
                return AuthResult.ACCEPTED;
            }
        }
        boolean accountPassword = MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8));
        return accountPassword && twoStepVerification ? AuthResult.APP_PASSWORD_REQUIRED : AuthResult.BAD_CREDENTIALS;
    }

    /**
     * Returns to the settings: their password and 2-Step Verification, every app password revoked and dropped,
     * then a fresh initial app password when 2-Step Verification is on.
     */
    synchronized void reset() {
        revokeAll();
        tokens.clear();
        quota.clear();
        sendAsAliases.clear();
        sendAsAliases.addAll(settings.sendAsAliases());
        defaultSendAs = settings.defaultSendAs().orElse(settings.address());
        password = settings.password();
        twoStepVerification = settings.twoStepVerification();
        if (twoStepVerification) {
            Optional<String> fixed = settings.appPassword();
            active.add(fixed.isPresent()
                    ? new AppPassword(INITIAL_APP_PASSWORD_NAME, fixed.get(), clock.instant())
                    : AppPassword.random(INITIAL_APP_PASSWORD_NAME, clock.instant()));
        }
    }

    private String twoStepOffMessage() {
        return "Cannot create an app password for " + address() + ": 2-Step Verification is off, and app passwords"
                + " exist only while it is on. Call turnOnTwoStepVerification() first.";
    }

    private void revokeAll() {
        active.forEach(AppPassword::revoke);
        active.clear();
    }

    @Override
    public synchronized String toString() {
        return "GmailAccount[" + address() + ", 2-Step Verification " + (twoStepVerification ? "on" : "off")
                + ", " + active.size() + " active app password(s)]";
    }
}
