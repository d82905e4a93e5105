package dev.fakegmail.server;

import dev.fakegmail.server.internal.activity.ActivityLog;
import dev.fakegmail.server.internal.store.MessageJournal;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local server that behaves like {@code smtp.gmail.com}: STARTTLS on the submission port (587 when free),
 * implicit TLS beside it (465 when free), Gmail's exact replies, and Google Accounts with 2-Step Verification and
 * app passwords behind the login.
 *
 * <pre>{@code
 * try (FakeGmailServer gmail = FakeGmailServer.builder().build().start()) {
 *     Transport.send(message, gmail.profile().session()...);
 *     ReceivedMessage received = gmail.awaitMessages(1, Duration.ofSeconds(5)).get(0);
 * }
 * }</pre>
 */
public final class FakeGmailServer implements AutoCloseable {
    private final ServerSettings settings;
    private final AccountDirectory directory;
    private final Received received;
    private final Faults faults;
    private final ActivityLog activity;
    private final Doors doors;
    private final Profiles profiles;
    private final ApiSender api;
    private final TokenGrants tokens;
    private final TokenRegistry registry;
    private final AtomicLong resets = new AtomicLong();

    FakeGmailServer(ServerSettings settings) {
        this.settings = settings;
        TokenRegistry registry = new TokenRegistry();
        this.directory = settings.directory(registry);
        this.received = new Received(new Mailboxes(settings.missingRecipients()), settings.maxMessages());
        this.faults = new Faults(settings.clock());
        this.activity = new ActivityLog(settings.clock());
        Mailboxes mailboxes = received.mailboxes();
        this.doors = new Doors(settings, new ServerBackend(directory, received, activity),
                faults.hook(), new ImapDoor(directory, mailboxes, activity));
        this.profiles = new Profiles(settings.hostName(), settings.tls().authority(), doors, settings.http());
        this.api = new ApiSender(settings.clock(), received.journal(), mailboxes, activity);
        this.tokens = new TokenGrants(registry, activity);
        this.registry = registry;
    }

    /** A builder with Gmail's defaults: ports 587/465 preferred, one account, the JVM's shared test CA. */
    public static FakeGmailServerBuilder builder() {
        return new FakeGmailServerBuilder();
    }

    /**
     * Binds both ports and returns once they accept connections.
     *
     * @return this server
     * @throws UncheckedIOException when a port cannot be bound (only with strict ports, or for a taken fixed port)
     * @throws IllegalStateException when the server was already started or stopped
     */
    public FakeGmailServer start() {
        doors.start(this);
        return this;
    }

    /** Stops accepting, closes every client connection, and returns within a few seconds at most. Idempotent. */
    public void stop() {
        doors.stop();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** The host name clients connect to: {@code localhost} (bound to 127.0.0.1), which the certificate names. */
    public String hostName() {
        return settings.hostName();
    }

    /** The bound STARTTLS submission port (587 when it was free). */
    public int smtpPort() {
        return doors.smtpPort();
    }

    /** The bound implicit-TLS port (465 when it was free). */
    public int sslPort() {
        return doors.sslPort();
    }

    /**
     * The bound HTTP port (8025 when it was free) of the control API and the OAuth token endpoint.
     *
     * @throws IllegalStateException when the HTTP side is off or the server is not running
     */
    public int httpPort() {
        return doors.httpPort();
    }

    /**
     * Where the HTTP side is, {@code http://localhost:<httpPort>/}: the control API under {@code api/}, the OAuth
     * token endpoint at {@code token}.
     *
     * @throws IllegalStateException when the HTTP side is off or the server is not running
     */
    public URI httpUri() {
        return URI.create("http://" + hostName() + ":" + httpPort() + "/");
    }

    /**
     * The root URL of the Gmail API door, {@code http://localhost:<httpPort>/}: give it to Google's client as its
     * root URL ({@code Gmail.Builder…setRootUrl(…)}); the door serves {@code gmail/v1/users/…} below it
     * (docs/gmail-api.md).
     *
     * @throws IllegalStateException when the HTTP side is off or the server is not running
     */
    public String gmailApiRootUrl() {
        return httpUri().toString();
    }

    /**
     * Google's OAuth token endpoint on this server, {@code http://localhost:<httpPort>/token}: give it to Google's
     * auth library ({@code UserCredentials.newBuilder()…setTokenServerUri(…)}) with a refresh token of
     * {@link GmailAccount#mintRefreshToken}.
     *
     * @throws IllegalStateException when the HTTP side is off or the server is not running
     */
    public URI tokenUri() {
        return httpUri().resolve("token");
    }

    /** Like {@link #gmailApiProfile(GmailAccount, String...)} for the default account. */
    public GmailApiProfile gmailApiProfile(String... scopes) {
        return gmailApiProfile(defaultAccount(), scopes);
    }

    /**
     * What Google's client libraries need to call the Gmail API door as {@code account}: the root URL, the token URI,
     * a new {@link OAuthClient} and a refresh token minted for it with {@code scopes} ({@code https://mail.google.com/}
     * when none are named), which a password change or a {@link #reset()} revokes.
     *
     * @throws IllegalStateException    when the HTTP side is off (the message names the fix) or the server is not
     *                                  running
     * @throws IllegalArgumentException for a blank scope or one with spaces
     */
    public GmailApiProfile gmailApiProfile(GmailAccount account, String... scopes) {
        return profiles.gmailApi(account, scopes);
    }

    /** The bound IMAP port (993 when it was free), implicit TLS like {@code imap.gmail.com}. */
    public int imapPort() {
        return doors.imapPort();
    }

    /** The IMAP profile of the default account with its current app password. */
    public ImapProfile imapProfile() {
        return imapProfile(defaultAccount());
    }

    /**
     * The IMAP profile a person would type into a mail client for this account: the same address and app password
     * as {@link #profile(GmailAccount)}, the IMAP port, SSL on.
     *
     * @throws IllegalStateException when the account has no active app password
     */
    public ImapProfile imapProfile(GmailAccount account) {
        return profiles.imap(account);
    }

    /** An IMAP profile that logs in with a fresh OAuth 2.0 access token (AUTHENTICATE XOAUTH2). */
    public ImapProfile imapOAuthProfile(GmailAccount account) {
        return profiles.imapOAuth(account);
    }

    /** The CA that signed the server certificate; hand it to clients so they verify for real. */
    public CertificateAuthority certificateAuthority() {
        return settings.tls().authority();
    }

    /** The server's clock. */
    public Clock clock() {
        return settings.clock();
    }

    /** The first configured account (or the default {@code user@gmail.com}). */
    public GmailAccount defaultAccount() {
        return directory.all().get(0);
    }

    /**
     * The account with this address (case-insensitive).
     *
     * @throws IllegalArgumentException when there is none
     */
    public GmailAccount account(String address) {
        return directory.require(address);
    }

    /** The account with this address (case-insensitive), if there is one; never throws for an unknown address. */
    public Optional<GmailAccount> findAccount(String address) {
        return directory.find(address);
    }

    /** Every account, in configuration order. */
    public List<GmailAccount> accounts() {
        return directory.all();
    }

    /** The STARTTLS profile of the default account with its current app password. */
    public GmailSmtpProfile profile() {
        return profile(defaultAccount(), SmtpSecurity.STARTTLS);
    }

    /** The STARTTLS profile of an account with its current app password. */
    public GmailSmtpProfile profile(GmailAccount account) {
        return profile(account, SmtpSecurity.STARTTLS);
    }

    /**
     * The profile a person would type into an SMTP settings form for this account.
     *
     * @throws IllegalStateException when the account has no active app password
     */
    public GmailSmtpProfile profile(GmailAccount account, SmtpSecurity type) {
        return profiles.smtp(account, type);
    }

    /**
     * The profile a person would type for this account as it is now: its current app password, or, when it has none
     * (2-Step Verification off, every app password revoked), the account password, which Gmail refuses with
     * {@code 535 5.7.8} (or {@code 534 5.7.9} while 2-Step Verification is on). For tests of a refused login.
     */
    public GmailSmtpProfile profileAsTyped(GmailAccount account, SmtpSecurity type) {
        return profiles.smtpAsTyped(account, type);
    }

    /** Like {@link #profileAsTyped}: the IMAP profile with the current app password, else the account password. */
    public ImapProfile imapProfileAsTyped(GmailAccount account) {
        return profiles.imapAsTyped(account);
    }

    /**
     * A STARTTLS profile that logs in with a fresh OAuth 2.0 access token (AUTH XOAUTH2) instead of a password.
     * The token is issued now and expires after one hour on the server's clock.
     */
    public GmailSmtpProfile oauthProfile(GmailAccount account) {
        return profiles.smtpOAuth(account);
    }

    /** The journal behind {@link #messages(MessageQuery)}; for the package's tests of its search index. */
    MessageJournal journal() {
        return received.journal();
    }

    /** The messages accepted so far (each got {@code 250}), oldest first. */
    public List<ReceivedMessage> receivedMessages() {
        return received.all();
    }

    /**
     * Waits until at least {@code count} messages were accepted and their {@code 250} sent.
     *
     * @return every message received so far
     * @throws MessagesNotReceivedException when they do not arrive in time; its message lists what did arrive
     * @throws IllegalStateException        when the waiting thread is interrupted (its interrupt flag stays set)
     */
    public List<ReceivedMessage> awaitMessages(int count, Duration timeout) {
        return received.await(count, timeout);
    }

    /**
     * One page of the accepted messages: filtered, in order, from where a previous page ended, read from each
     * message's kept {@link ReceivedMessage#summary() summary} (no message is parsed again). An unfiltered page costs
     * the same at 100,000 messages as at 10; a filtered one looks its candidates up in a trigram index of the
     * summaries' text fields when a text filter has three characters or more (then it checks only messages that may
     * match, and those not yet indexed), and otherwise checks every summary. Either way every candidate is checked
     * with the filters themselves, so the page and its {@link MessagePage#matching()} count are exact.
     *
     * @throws NullPointerException when {@code query} is null
     */
    public MessagePage messages(MessageQuery query) {
        return received.page(Objects.requireNonNull(query, "query"));
    }

    /**
     * Waits until the newest accepted message (its {@code 250} sent) is no longer the one with id {@code newestId}
     * ({@code "0"} for none): a message arrived, or that one was deleted. For live views; unlike
     * {@link #awaitMessages} it never holds back the {@linkplain FakeGmailServerBuilder#maxMessages retention cap}.
     *
     * @return whether that happened within the timeout
     * @throws IllegalStateException when the waiting thread is interrupted (its interrupt flag stays set)
     */
    public boolean awaitNewestChange(String newestId, Duration timeout) {
        return received.awaitNewest(Objects.requireNonNull(newestId, "newestId"),
                Objects.requireNonNull(timeout, "timeout"));
    }

    /**
     * The accepted message with this id (see {@link ReceivedMessage#id()}), or the arrival with this
     * {@code inbound-<n>} id ({@link #inboundMessages()}).
     *
     * @return the message; empty when no message has that id (never accepted, deleted, or reset)
     */
    public Optional<ReceivedMessage> message(String id) {
        return received.find(Objects.requireNonNull(id, "id"));
    }

    /**
     * Sends a message as {@code account} the way the Gmail API's {@code users.messages.send} does (the HTTP side's
     * door calls it; docs/gmail-api.md §5): the recipients are the {@code To}, {@code Cc} and {@code Bcc} addresses,
     * bare LF line ends become CRLF, and then it is an accepted submission like one over SMTP — the daily sending
     * limit, the 35 MiB limit, Gmail's rewrite, {@link #receivedMessages()}, {@link #awaitMessages}, Sent Mail and
     * the recipients' INBOX, bounces, and the activity log (session id {@code GMAIL_API-<n>}).
     *
     * @param rfc822 the whole message, headers and body
     * @return the accepted message
     * @throws MessageRefusedException when Gmail refuses it: no recipient, an invalid recipient header, too large,
     *                                 or the account's daily sending limit reached
     */
    public ReceivedMessage sendAs(GmailAccount account, byte[] rfc822) {
        return api.send(Objects.requireNonNull(account, "account"), Objects.requireNonNull(rfc822, "rfc822"));
    }

    /**
     * A message {@code account} wrote and has not sent, as the Gmail API's {@code users.drafts} hold it (the HTTP
     * side's door calls it; docs/gmail-api.md §5): bare LF line ends become CRLF, and Gmail's 35 MiB limit and its
     * check of the {@code To}, {@code Cc} and {@code Bcc} headers apply (a draft may have no recipient). Nothing is
     * sent, stored, counted or logged: it is not in {@link #receivedMessages()} nor in any mailbox, and
     * {@link #message(String)} does not know it. {@link #sendAs} sends its {@link ReceivedMessage#rawBytes()}.
     *
     * @param id     its id, chosen by the caller (the door numbers its drafts' messages itself)
     * @param rfc822 the whole message, headers and body
     * @return the message, from the account, composed now on the server's clock
     * @throws MessageRefusedException when Gmail refuses it: too large, or an invalid recipient header
     */
    public ReceivedMessage composeAs(GmailAccount account, String id, byte[] rfc822) {
        return api.compose(Objects.requireNonNull(account, "account"), Objects.requireNonNull(id, "id"),
                Objects.requireNonNull(rfc822, "rfc822"));
    }

    /**
     * Deletes one accepted message: from the received messages and from every mailbox that holds a copy.
     *
     * @return true when a message with this id existed
     */
    public boolean deleteMessage(String id) {
        return received.delete(Objects.requireNonNull(id, "id"));
    }

    /**
     * Deletes every accepted message and empties the mailboxes; accounts, faults and the clock are untouched, and
     * the next message's id follows the last one (only {@link #reset()} numbers from 1 again).
     */
    public void deleteMessages() {
        received.deleteAll();
    }

    /**
     * Answers a request to Google's token endpoint as Google does (docs/google-oauth.md): the HTTP side's
     * {@code POST /token} asks this. A fresh access token for a live refresh token of a known client; otherwise
     * Google's refusal, e.g. {@code 400 invalid_grant "Token has been expired or revoked."} for a token that a password
     * change, {@link GmailAccount#revoke(RefreshToken)} or a {@link #reset()} revoked. Every request, granted or
     * refused, is an {@link ActivityEvent} at the {@link ActivityEvent.Door#TOKEN} door.
     */
    public TokenGrant grantToken(TokenRequest request) {
        return tokens.grant(Objects.requireNonNull(request, "request"));
    }

    /**
     * The OAuth client with this id, known once a refresh token was minted for it; a {@link #reset()} does not forget
     * it (a client is the application's registration with Google, not an account's state).
     */
    public Optional<OAuthClient> oauthClient(String clientId) {
        return tokens.client(Objects.requireNonNull(clientId, "clientId"));
    }

    /**
     * What the SMTP sessions did, as Gmail saw them: connects, TLS versions, logins accepted and refused (with the
     * mechanism, the username and the reply code), refused commands and accepted messages; the latest 1,000 events,
     * oldest first. Never a secret.
     */
    public List<ActivityEvent> activity() {
        return activity.snapshot();
    }

    /**
     * Adds a Google Account to the running server, as if it had been configured on the builder.
     *
     * @return the new account
     * @throws IllegalArgumentException when an account with that address (ignoring case) exists
     */
    public GmailAccount addAccount(AccountSettings account) {
        return directory.add(settings.account(Objects.requireNonNull(account, "account"), registry));
    }

    /** The GreenMail-backed messages in a person's folder ({@code INBOX}, {@code [Gmail]/Sent Mail}). */
    public List<jakarta.mail.internet.MimeMessage> mailbox(String address, String folder) {
        return received.folder(address, folder);
    }

    /**
     * Delivers a message from outside (a customer's reply, say) into the {@code INBOX} of {@code address}, as if it
     * had arrived from the internet; IMAP, {@link #mailbox} and the Gmail API see it at once. The message is not in
     * {@link #receivedMessages()}, which lists what was submitted; it is in {@link #inboundMessages()}.
     *
     * @param address the recipient, usually one of this server's accounts
     * @param rfc822  the whole message, headers and body, CRLF line ends
     * @return the arrival: id {@code inbound-<n>}, no account and an empty {@code MAIL FROM} in its envelope,
     *         {@code address} its one recipient, its bytes unchanged, arrived now on the server's clock
     */
    public ReceivedMessage deliverInbound(String address, byte[] rfc822) {
        return received.inbound(Objects.requireNonNull(address, "address"),
                Objects.requireNonNull(rfc822, "rfc822").clone(), settings.clock().instant());
    }

    /**
     * What arrived from outside, oldest first: the messages of {@link #deliverInbound} and Gmail's bounces
     * (one for each accepted message with a {@code missingRecipients} address, in its sender's INBOX), each with an
     * id {@code inbound-<n>} that {@link #message(String)} and {@link #deleteMessage(String)} take.
     */
    public List<ReceivedMessage> inboundMessages() {
        return received.arrivals();
    }

    /**
     * For the Gmail API door (the HTTP side calls it once per request, after the token and scope checks): the fault
     * planned at {@link Stage#GMAIL_API} that strikes this request of {@code account}, if any, recorded in
     * {@link Faults#struck()}.
     */
    public Optional<Fault> gmailApiFault(GmailAccount account) {
        return faults.atApiRequest(Objects.requireNonNull(account, "account").address());
    }

    /** The faults planned for this server and those that struck (see {@link FaultRule}). */
    public Faults faults() {
        return faults;
    }

    /**
     * Clears the journal (the next message's id is {@code "1"} again), the mailboxes, the faults and the activity
     * log, resets every account to its settings, removes accounts added with {@link #addAccount}, and rewinds a
     * {@link TestClock} to where it started. Refresh tokens are revoked ({@code /token} answers them
     * {@code invalid_grant} "Token has been expired or revoked."); OAuth clients stay known.
     */
    public void reset() {
        if (settings.clock() instanceof TestClock testClock) {
            testClock.rewind();
        }
        faults.clear();
        received.clear();
        activity.clear();
        directory.reset();
        resets.incrementAndGet();
    }

    /**
     * How many times {@link #reset()} ran. State kept beside the server by the HTTP side (the Gmail API's drafts,
     * docs/gmail-api.md §5) starts afresh when it changes; the count itself is never reset.
     */
    public long resets() {
        return resets.get();
    }

    @Override
    public String toString() {
        return "FakeGmailServer[" + settings.hostName() + ", " + doors.phase() + "]";
    }
}
