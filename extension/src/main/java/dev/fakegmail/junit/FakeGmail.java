package dev.fakegmail.junit;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.FakeGmailServerBuilder;
import dev.fakegmail.server.SmtpSecurity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class or a test method a local fake {@code smtp.gmail.com} ({@link FakeGmailServer}): STARTTLS,
 * Gmail's exact replies, and Google Accounts with 2-Step Verification and app passwords.
 *
 * <pre>{@code
 * @FakeGmail
 * class SignupMailTest {
 *     @Test
 *     void sendsWelcomeMail(GmailSmtpProfile profile, FakeGmailServer gmail) {
 *         new SignupService(profile).register("bob@example.com");
 *         assertThat(gmail).singleMessage().hasSubject("Welcome");
 *     }
 * }
 * }</pre>
 *
 * <p><b>Where it applies.</b> On a class, one server serves the whole class: it starts before all tests and stops
 * after all tests, and before each test its received messages, mailboxes and accounts are reset (a changed
 * password or a revoked app password never leaks into the next test; each test gets a fresh app password unless
 * {@link #appPassword()} fixes one). {@code @Nested} classes use the enclosing class's server unless they carry
 * their own {@code @FakeGmail}. On a method, that test gets a server of its own. The annotation is
 * {@link Inherited} and may be used as a meta-annotation (a {@code @CrmMailTest} carrying {@code @FakeGmail(...)}).
 *
 * <p><b>Parallel execution.</b> Classes running concurrently each have their own server (ports never collide: a
 * taken preferred port falls back to a free one). Test methods running concurrently
 * ({@code @Execution(CONCURRENT)} with parallel execution enabled) each get a server of their own with this
 * configuration, so each sees only its own messages and account state.
 *
 * <p><b>Injection.</b> Parameters of test methods, lifecycle methods and constructors, and fields annotated with
 * {@link InjectGmail}, of these types receive values of the server that applies: {@code GmailSmtpProfile}
 * (of {@link #type()}), {@code FakeGmailServer}, {@code GmailAccount}, {@code AppPassword} (the account's current
 * one), a ready {@code jakarta.mail.Session}, the account's {@code ImapProfile} and, as a test method parameter, a
 * connected IMAP {@code jakarta.mail.Store} (closed after the test), and, with {@link #http()} on, a
 * {@code GmailApiProfile} for Google's Gmail API clients (a new OAuth client and refresh token for each injection,
 * with the scopes of {@link GmailApiScopes}). {@link Account} selects the account, {@link Ssl} the SSL variant.
 * A value obtained before all tests (a static field, a {@code @BeforeAll} parameter) carries the app password of
 * that moment, which the reset before each test replaces; static {@code @InjectGmail} fields are therefore set
 * again before each test that uses the class's server. Code that keeps a profile across tests should fix
 * {@link #appPassword()}.
 *
 * <p><b>Spring.</b> On a class whose tests run in a Spring test context ({@code @SpringBootTest}, ...), the server
 * is the context's: it starts before the context, whose {@code spring.mail.*} properties it sets (renamed or turned
 * off with {@link GmailProperties}), and stops when the context closes; classes configured alike share the cached
 * context and its server, and take turns using it: a turn ends after the test's {@code @AfterEach} methods, and a
 * test waits for one at most 120 s (the JUnit configuration parameter {@code fakegmail.spring.turn.timeout}, in
 * seconds), then fails naming the test that holds it. The app password the context was built with stays valid
 * across the reset before each test. With {@link #http()} on, the context also gets the Gmail API's values under
 * {@code fakegmail.gmail-api.*} ({@code root-url}, {@code token-uri}, {@code client-id}, {@code client-secret},
 * {@code refresh-token}, {@code user}, {@code scopes}); the refresh token, too, works again after each reset.
 *
 * <p><b>JUnit versions.</b> Runs on JUnit Jupiter 5.10 and later, JUnit 6 included: whatever it keeps in an
 * {@code ExtensionContext.Store} is closed by the running JUnit, whichever kind of value that JUnit closes. On an
 * older JUnit the first test class fails at once, naming the version found and the fix.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeGmailExtension.class)
public @interface FakeGmail {

    /**
     * The Google Accounts' addresses; the first is the default account (used where no {@link Account} selects
     * one). Default: none, which means the single account {@value FakeGmailServerBuilder#DEFAULT_ACCOUNT}.
     */
    String[] accounts() default {};

    /** Whether 2-Step Verification is on for every account (app passwords exist only while it is). Default: on. */
    boolean twoStepVerification() default true;

    /**
     * A fixed initial app password for every account, for reproducible tests: 16 letters a–z, spaces between the
     * groups allowed ({@code "abcd efgh ijkl mnop"}). Default {@code ""}: a fresh random one for each test.
     */
    String appPassword() default "";

    /** The Google Account password of every account (never accepted by SMTP itself). Default {@code ""}: random. */
    String password() default "";

    /** The preferred STARTTLS port; a free port is used when it is taken, unless {@link #strictPorts()}; 0 = any. Default 587. */
    int smtpPort() default FakeGmailServerBuilder.GMAIL_SUBMISSION_PORT;

    /** The preferred implicit-TLS port; a free port is used when it is taken, unless {@link #strictPorts()}; 0 = any. Default 465. */
    int sslPort() default FakeGmailServerBuilder.GMAIL_SSL_PORT;

    /** The preferred IMAP port (implicit TLS); a free port is used when it is taken, unless {@link #strictPorts()}; 0 = any. Default 993. */
    int imapPort() default FakeGmailServerBuilder.GMAIL_IMAP_PORT;

    /**
     * Whether the server also serves its HTTP side on loopback: the Gmail API door, Google's token endpoint
     * {@code /token}, the control API and the web inbox; needed to inject a {@code GmailApiProfile}. Needs the test
     * dependency {@code dev.fakegmail:fake-gmail-http} (same version); the tests fail naming it when it is missing.
     * Default false.
     */
    boolean http() default false;

    /**
     * The preferred HTTP port while {@link #http()} is on; a free port is used when it is taken, unless
     * {@link #strictPorts()}; 0 = any. Default 8025. Setting it without {@code http = true} is an error.
     */
    int httpPort() default FakeGmailServerBuilder.PREFERRED_HTTP_PORT;

    /**
     * Addresses that do not exist: mail to them is accepted, and the sender's INBOX gets Gmail's "Delivery Status
     * Notification (Failure)" (read it over IMAP). Default: none.
     */
    String[] missingRecipients() default {};

    /** Whether a preferred port that cannot be bound fails the tests instead of falling back. Default false. */
    boolean strictPorts() default false;

    /** The type of an injected profile or session that does not carry {@link Ssl}. Default STARTTLS (port 587). */
    SmtpSecurity type() default SmtpSecurity.STARTTLS;
}
