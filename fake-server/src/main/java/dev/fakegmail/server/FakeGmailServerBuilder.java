package dev.fakegmail.server;

import dev.fakegmail.server.internal.smtp.SmtpConfig;
import dev.fakegmail.server.internal.tls.ServerTls;
import java.net.InetAddress;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Configures a {@link FakeGmailServer}. Every setting has Gmail's value or a documented default.
 */
public final class FakeGmailServerBuilder {
    /** Gmail's STARTTLS submission port. */
    public static final int GMAIL_SUBMISSION_PORT = 587;
    /** Gmail's implicit-TLS port. */
    public static final int GMAIL_SSL_PORT = 465;
    /** The address of the account a server without configured accounts has. */
    public static final String DEFAULT_ACCOUNT = "user@gmail.com";

    private final List<AccountSettings> accounts = new ArrayList<>();
    private int smtpPort = GMAIL_SUBMISSION_PORT;
    private int sslPort = GMAIL_SSL_PORT;
    private boolean strictPorts;
    private boolean strictAppPasswordSpaces;
    private Clock clock = Clock.systemUTC();
    private Duration idleTimeout = Duration.ofSeconds(300);
    private int maxSessions = 100;
    private int maxLoginFailures = AccountDirectory.DEFAULT_MAX_FAILURES;
    private Duration loginFailureWindow = AccountDirectory.DEFAULT_WINDOW;
    private ServerTls tls;

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

    /** Whether a preferred port that cannot be bound fails {@code start()} instead of falling back (default false). */
    public FakeGmailServerBuilder strictPorts(boolean strict) {
        this.strictPorts = strict;
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
        if (max < 1) {
            throw new IllegalArgumentException("maxSessions must be at least 1, was " + max);
        }
        this.maxSessions = max;
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

    /** A new, not yet started server. */
    public FakeGmailServer build() {
        return new FakeGmailServer(this);
    }

    String hostName() {
        return "localhost";
    }

    int smtpPort() {
        return smtpPort;
    }

    int sslPort() {
        return sslPort;
    }

    boolean strictPorts() {
        return strictPorts;
    }

    Clock clock() {
        return clock;
    }

    ServerTls tls() {
        return tls != null ? tls : ServerTls.shared();
    }

    AccountDirectory directory() {
        List<AccountSettings> settings = accounts.isEmpty() ? List.of(AccountSettings.of(DEFAULT_ACCOUNT)) : accounts;
        List<GmailAccount> created = settings.stream()
                .map(s -> new GmailAccount(s, clock, strictAppPasswordSpaces)).toList();
        return new AccountDirectory(created, clock, maxLoginFailures, loginFailureWindow);
    }

    SmtpConfig engineConfig() {
        return new SmtpConfig(InetAddress.getLoopbackAddress(), clock, idleTimeout, Duration.ofSeconds(30),
                maxSessions, 512, 1000, 12_288, SmtpConfig.GMAIL_MAX_MESSAGE_SIZE, 100, 20, 500);
    }

    private static int checkPort(int port, String name) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be 0 (any free port) or 1-65535, was " + port);
        }
        return port;
    }
}
