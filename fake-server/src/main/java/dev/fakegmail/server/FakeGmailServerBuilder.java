package dev.fakegmail.server;

import dev.fakegmail.server.internal.smtp.HeaderLimits;
import dev.fakegmail.server.internal.smtp.SmtpConfig;
import dev.fakegmail.server.internal.tls.ServerTls;
import java.net.InetAddress;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Configures a {@link FakeGmailServer}. Every setting has Gmail's value or a documented default.
 */
public final class FakeGmailServerBuilder {
    /** Gmail's STARTTLS submission port. */
    public static final int GMAIL_SUBMISSION_PORT = 587;
    /** Gmail's implicit-TLS port. */
    public static final int GMAIL_SSL_PORT = 465;
    /** The HTTP port tried first when the HTTP side is on (Mailpit's and smtp4dev's habit). */
    public static final int PREFERRED_HTTP_PORT = 8025;
    /** Gmail's IMAP port ({@code imap.gmail.com:993}, implicit TLS). */
    public static final int GMAIL_IMAP_PORT = 993;
    /** The address of the account a server without configured accounts has. */
    public static final String DEFAULT_ACCOUNT = "user@gmail.com";

    private final List<AccountSettings> accounts = new ArrayList<>();
    private int smtpPort = GMAIL_SUBMISSION_PORT;
    private int sslPort = GMAIL_SSL_PORT;
    private int imapPort = GMAIL_IMAP_PORT;
    private boolean imapPortChosen;
    private boolean strictPorts;
    private boolean http;
    private int httpPort = PREFERRED_HTTP_PORT;
    private List<String> allowedHosts = List.of();
    private List<String> corsOrigins = List.of();
    private boolean strictAppPasswordSpaces;
    private Clock clock = Clock.systemUTC();
    private Duration idleTimeout = Duration.ofSeconds(300);
    private int maxSessions = 100;
    private int maxLoginFailures = AccountDirectory.DEFAULT_MAX_FAILURES;
    private Duration loginFailureWindow = AccountDirectory.DEFAULT_WINDOW;
    private int commandLineLimit = 512;
    private int pathLineLimit = 1000;
    private int authLineLimit = 12_288;
    private long maxMessageSize = SmtpConfig.GMAIL_MAX_MESSAGE_SIZE;
    private int maxRecipients = 100;
    private int maxMessages;
    private int maxErrors = 20;
    private int minDataRate = 500;
    private Duration handshakeTimeout = Duration.ofSeconds(30);
    private HeaderLimits headerLimits = HeaderLimits.GMAIL;
    private ServerTls tls;
    private final Set<String> missingRecipients = new LinkedHashSet<>();

    FakeGmailServerBuilder() {
    }

    /** The preferred STARTTLS port (default 587); a free port is used when it is taken, unless strict; 0 = any. */
    public FakeGmailServerBuilder smtpPort(int port) {
        this.smtpPort = checkPort(port, "smtpPort");
        return this;
    }

    /** The preferred implicit-TLS port (default 465); a free port is used when it is taken, unless strict; 0 = any. */
    public FakeGmailServerBuilder sslPort(int port) {
        this.sslPort = checkPort(port, "sslPort");
        return this;
    }

    /**
     * Whether the server also serves its HTTP side on loopback: the control API under {@code /api}, Google's OAuth
     * token endpoint at {@code /token}, the web pages at {@code /} (default false). Needs
     * {@code dev.fakegmail:fake-gmail-http} (same version) on the class path; {@code start()} names it when missing.
     */
    public FakeGmailServerBuilder http(boolean on) {
        this.http = on;
        return this;
    }

    /**
     * Turns the HTTP side on with this preferred port (default 8025); a free port is used when it is taken, unless
     * strict; 0 = any.
     */
    public FakeGmailServerBuilder httpPort(int port) {
        this.httpPort = checkPort(port, "httpPort");
        this.http = true;
        return this;
    }

    /**
     * Host names the HTTP side answers besides {@code localhost}, {@code 127.0.0.1} and {@code [::1]} (replacing
     * earlier ones), e.g. {@code mail.test} for a fake reached by that name in a container network. A request whose
     * {@code Host} names anything else gets 403: a page on another site that rebinds its DNS name to this machine
     * cannot read or change the fake.
     */
    public FakeGmailServerBuilder allowedHosts(String... names) {
        this.allowedHosts = new HttpSide.Settings(0, false, List.of(names), List.of()).allowedHosts();
        return this;
    }

    /**
     * Origins ({@code scheme://host[:port]}, e.g. {@code http://localhost:3000}) whose pages may call the control
     * API {@code /api} from a browser through CORS (replacing earlier ones; default none). Nothing else is opened:
     * {@code /token} and the web pages stay same-origin.
     */
    public FakeGmailServerBuilder corsOrigins(String... origins) {
        this.corsOrigins = new HttpSide.Settings(0, false, List.of(), List.of(origins)).corsOrigins();
        return this;
    }

    /**
     * The preferred IMAP port (default 993); a free port is used when it is taken, unless strict; 0 = any. Strict
     * ports apply to the IMAP port only once it was set here: code written before the IMAP door, which made the
     * SMTP ports strict, does not fail because 993 is taken.
     */
    public FakeGmailServerBuilder imapPort(int port) {
        this.imapPort = checkPort(port, "imapPort");
        this.imapPortChosen = true;
        return this;
    }

    /** Whether a preferred port that cannot be bound fails {@code start()} instead of falling back (default false). */
    public FakeGmailServerBuilder strictPorts(boolean strict) {
        this.strictPorts = strict;
        return this;
    }

    /**
     * Marks an address as not existing: a message to it is accepted (as Gmail accepts any address at RCPT), not
     * delivered, and the sender's INBOX gets Gmail's "Delivery Status Notification (Failure)" (docs/gmail-imap.md
     * §7). Case-insensitive.
     */
    public FakeGmailServerBuilder missingRecipient(String address) {
        if (Objects.requireNonNull(address, "address").isBlank() || !address.contains("@")) {
            throw new IllegalArgumentException("missingRecipient needs an email address like nobody@example.com, was '"
                    + address + "'");
        }
        missingRecipients.add(address.strip().toLowerCase(Locale.ROOT));
        return this;
    }

    /** Adds a Google Account; the first one added is the default account. */
    public FakeGmailServerBuilder account(AccountSettings settings) {
        accounts.add(Objects.requireNonNull(settings, "settings"));
        return this;
    }

    /** Whether an app password must be typed without its display spaces (default false: spaces are ignored). */
    public FakeGmailServerBuilder strictAppPasswordSpaces(boolean strict) {
        this.strictAppPasswordSpaces = strict;
        return this;
    }

    /** The clock for acceptance times, app password use and the login lockout (default: system UTC). */
    public FakeGmailServerBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** How long a session may wait for a complete command before {@code 451 4.4.2 Timeout} (default 300 s). */
    public FakeGmailServerBuilder idleTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, was " + timeout);
        }
        this.idleTimeout = timeout;
        return this;
    }

    /** Concurrent sessions before new connections get {@code 421 4.3.0} (default 100). */
    public FakeGmailServerBuilder maxSessions(int max) {
        this.maxSessions = atLeast(max, 1, "maxSessions");
        return this;
    }

    /**
     * Octets per command line, CRLF included (defaults 512; MAIL and RCPT 1,000; AUTH lines 12,288). Longer lines
     * get {@code 500 5.5.2 Line too long.} (AUTH: {@code 500 5.5.6}) and the session goes on.
     */
    public FakeGmailServerBuilder lineLimits(int command, int mailAndRcpt, int auth) {
        this.commandLineLimit = atLeast(command, 16, "command line limit");
        this.pathLineLimit = atLeast(mailAndRcpt, 16, "MAIL/RCPT line limit");
        this.authLineLimit = atLeast(auth, 16, "AUTH line limit");
        return this;
    }

    /** Octets per message after dot-unstuffing, also advertised as SIZE (default Gmail's 35,882,577). */
    public FakeGmailServerBuilder maxMessageSize(long octets) {
        if (octets < 1) {
            throw new IllegalArgumentException("maxMessageSize must be at least 1 octet, was " + octets);
        }
        this.maxMessageSize = octets;
        return this;
    }

    /** Recipients per message before {@code 452-4.5.3} (default Gmail's 100). */
    public FakeGmailServerBuilder maxRecipients(int max) {
        this.maxRecipients = atLeast(max, 1, "maxRecipients");
        return this;
    }

    /**
     * Keeps at most this many accepted messages (default: no cap). After each new message the oldest beyond the cap
     * are removed from the received messages and every mailbox, each one recorded in the activity log as
     * {@link ActivityEvent.Kind#MESSAGE_REMOVED}; never while an {@link FakeGmailServer#awaitMessages} is in
     * progress, so no message a test waits for disappears (the journal is trimmed at the next message after it).
     */
    public FakeGmailServerBuilder maxMessages(int max) {
        this.maxMessages = atLeast(max, 1, "maxMessages");
        return this;
    }

    /** Syntax, sequence and unknown-command errors before a session is closed with {@code 502} (default 20). */
    public FakeGmailServerBuilder maxErrors(int max) {
        this.maxErrors = atLeast(max, 1, "maxErrors");
        return this;
    }

    /** Bytes per second a DATA transfer must average once the idle timeout has passed (default 500). */
    public FakeGmailServerBuilder minDataRate(int bytesPerSecond) {
        this.minDataRate = atLeast(bytesPerSecond, 1, "minDataRate");
        return this;
    }

    /**
     * How long a whole TLS handshake may take, counted from its start, on 465 and after STARTTLS (default 30 s, and
     * never longer than the idle timeout); then the connection is closed. A client trickling its ClientHello a byte
     * at a time cannot hold a session longer.
     */
    public FakeGmailServerBuilder handshakeTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("handshakeTimeout must be positive, was " + timeout);
        }
        this.handshakeTimeout = timeout;
        return this;
    }

    /**
     * Gmail's header limits, checked at the end of data (defaults from Google's "Gmail message header limits": a
     * header section of 512,000 octets, 5,000 fields, 32,768 octets per field value except To, Cc and References,
     * 500 characters of Message-ID). A message over a limit gets {@code 552-5.3.4} and is not stored.
     */
    public FakeGmailServerBuilder headerLimits(int sectionOctets, int fields, int fieldValueOctets,
                                               int messageIdChars) {
        this.headerLimits = new HeaderLimits(atLeast(sectionOctets, 1, "header section limit"),
                atLeast(fields, 1, "header field count limit"), atLeast(fieldValueOctets, 1, "header value limit"),
                atLeast(messageIdChars, 1, "Message-ID limit"));
        return this;
    }

    /** Failed logins for one account within {@code window} before AUTH gets 454-4.7.0 (default 10 in 10 minutes). */
    public FakeGmailServerBuilder loginLockout(int maxFailures, Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("loginLockout needs maxFailures >= 1 and a positive window, was "
                    + maxFailures + " in " + window);
        }
        this.maxLoginFailures = maxFailures;
        this.loginFailureWindow = window;
        return this;
    }

    /**
     * Uses your own key material instead of the generated test CA.
     *
     * @param key   the server certificate's private key
     * @param chain the server certificate first, then any intermediates
     * @param ca    the certificate clients are told to trust
     */
    public FakeGmailServerBuilder serverCertificate(PrivateKey key, List<X509Certificate> chain, X509Certificate ca) {
        this.tls = ServerTls.of(key, chain, ca);
        return this;
    }

    /** A new, not yet started server, with a snapshot of these settings: later builder calls do not affect it. */
    public FakeGmailServer build() {
        return new FakeGmailServer(snapshot());
    }

    private ServerSettings snapshot() {
        List<AccountSettings> configured = accounts.isEmpty() ? List.of(AccountSettings.of(DEFAULT_ACCOUNT)) : accounts;
        return new ServerSettings("localhost", smtpPort, sslPort, strictPorts, http,
                new HttpSide.Settings(httpPort, strictPorts, allowedHosts, corsOrigins), imapPort,
                strictPorts && imapPortChosen, Set.copyOf(missingRecipients), maxMessages, clock,
                tls != null ? tls : ServerTls.shared(), configured, strictAppPasswordSpaces, maxLoginFailures,
                loginFailureWindow, engineConfig());
    }

    private SmtpConfig engineConfig() {
        Duration handshake = idleTimeout.compareTo(handshakeTimeout) < 0 ? idleTimeout : handshakeTimeout;
        return new SmtpConfig(InetAddress.getLoopbackAddress(), clock, idleTimeout, handshake,
                maxSessions, commandLineLimit, pathLineLimit, authLineLimit, maxMessageSize, maxRecipients, maxErrors,
                minDataRate, headerLimits);
    }

    private static int atLeast(int value, int minimum, String name) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value);
        }
        return value;
    }

    private static int checkPort(int port, String name) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be 0 (any free port) or 1-65535, was " + port);
        }
        return port;
    }
}
