package dev.fakegmail.server.imap;

import static dev.fakegmail.server.protocol.GmailReplies.TOO_MANY_LOGINS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.fakegmail.server.ActivityEvent;
import dev.fakegmail.server.ActivityEvent.Door;
import dev.fakegmail.server.ActivityEvent.Kind;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.protocol.RawSmtpClient;
import dev.fakegmail.server.protocol.TestAccount;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every door's sign-ins in the one activity log (docs/gmail-imap.md §3, docs/http-api.md §3): IMAP logins, accepted
 * and refused, with the door, the command and mechanism, Gmail's reply and what it means; and the SMTP lockout that
 * refused IMAP logins cause is explained by the events before it.
 */
class ImapActivityTest {
    static final TestAccount ALICE = TestAccount.named("imap-activity-alice");
    private static final String INVALID = "NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)";

    private FakeGmailServer gmail;

    @BeforeEach
    void start() {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).account(ALICE.settings()).build().start();
    }

    @AfterEach
    void stop() {
        gmail.close();
    }

    @Test
    void tenRefusedImapLoginsAreLoggedAndExplainTheSmtpLockoutThatFollows() throws Exception {
        for (int i = 0; i < 10; i++) {
            try (RawImapClient client = RawImapClient.connect(gmail)) {
                assertThat(client.command("a" + i, "LOGIN " + ALICE.address() + " wrongwrongwrongw"))
                        .isEqualTo("a" + i + " " + INVALID + "\r\n");
            }
        }
        try (RawSmtpClient smtp = RawSmtpClient.connect(gmail)) {
            smtp.ehloAndStartTls();
            smtp.expect("AUTH PLAIN " + RawSmtpClient.plain(ALICE.address(), ALICE.appPassword()), TOO_MANY_LOGINS);
        }

        List<ActivityEvent> logins = awaitLogins(11);
        assertThat(logins.subList(0, 10)).extracting(ActivityEvent::door, ActivityEvent::kind, ActivityEvent::account,
                ActivityEvent::mechanism, ActivityEvent::reply).containsOnly(tuple(Door.IMAP, Kind.LOGIN_REFUSED,
                Optional.of(ALICE.address()), Optional.of("LOGIN"), Optional.of(INVALID)));
        assertThat(logins.get(0).why()).contains("username and password not accepted: a wrong, unknown or revoked"
                + " app password, or token");
        ActivityEvent lockout = logins.get(10);
        assertThat(lockout.door()).isEqualTo(Door.SMTP);
        assertThat(lockout.reply()).contains("454 4.7.0");
        assertThat(lockout.why()).contains("too many login attempts (refused logins on SMTP and IMAP count"
                + " together), or a temporary failure; wait, or reset the server");
    }

    @Test
    void theImapLockoutAndTheAppPasswordAlertAreExplainedLikeSmtps() throws Exception {
        try (RawImapClient client = RawImapClient.connect(gmail)) {
            client.command("a1", "LOGIN " + ALICE.address() + " \"" + ALICE.password() + "\"");
        }
        for (int i = 0; i < 10; i++) {
            try (RawImapClient client = RawImapClient.connect(gmail)) {
                client.command("b" + i, "LOGIN " + ALICE.address() + " wrongwrongwrongw");
            }
        }
        List<ActivityEvent> logins = logins();
        assertThat(logins.get(0).reply()).contains("NO [ALERT] Application-specific password required:"
                + " https://support.google.com/accounts/answer/185833 (Failure)");
        assertThat(logins.get(0).why()).contains("application-specific password required: the account password was"
                + " used; use an app password");
        ActivityEvent locked = logins.get(logins.size() - 1);
        assertThat(locked.reply()).contains("NO [ALERT] Please log in via your web browser:"
                + " https://support.google.com/mail/accounts/answer/78754 (Failure)");
        assertThat(locked.why()).get().asString().startsWith("too many login attempts");
    }

    @Test
    void anAcceptedImapLoginIsLoggedWithItsMechanism() throws Exception {
        try (RawImapClient client = RawImapClient.connect(gmail)) {
            String id = client.greeting().substring(client.greeting().lastIndexOf(' ') + 1).strip();
            client.command("a1", "AUTHENTICATE PLAIN " + RawSmtpClient.plain(ALICE.address(),
                    ALICE.compactAppPassword()));

            assertThat(logins()).singleElement().satisfies(event -> {
                assertThat(event.door()).isEqualTo(Door.IMAP);
                assertThat(event.kind()).isEqualTo(Kind.LOGIN_ACCEPTED);
                assertThat(event.sessionId()).isEqualTo(id);
                assertThat(event.mechanism()).contains("AUTHENTICATE PLAIN");
                assertThat(event.reply()).contains("OK " + ALICE.address() + " authenticated (Success)");
                assertThat(event.why()).isEmpty();
                assertThat(event.describe()).isEqualTo("LOGIN_ACCEPTED IMAP " + ALICE.address()
                        + " AUTHENTICATE PLAIN OK " + ALICE.address() + " authenticated (Success) (session " + id
                        + ")");
            });
        }
    }

    @Test
    void aRefusedXoauth2TokenAndAnUnknownMechanismAreLoggedWithoutClientText() throws Exception {
        try (RawImapClient client = RawImapClient.connect(gmail)) {
            client.send("a1 AUTHENTICATE XOAUTH2 " + RawSmtpClient.base64("user=" + ALICE.address()
                    + "\u0001auth=Bearer not-a-token\u0001\u0001") + "\r\n");
            assertThat(client.readLine()).startsWith("+ ");
            client.send("\r\n");
            assertThat(client.readUntilTagged("a1")).isEqualTo("a1 " + INVALID + "\r\n");
            client.command("a2", "AUTHENTICATE SECRET-SAUCE");
        }
        assertThat(logins()).extracting(ActivityEvent::mechanism, ActivityEvent::reply).containsExactly(
                tuple(Optional.of("AUTHENTICATE XOAUTH2"), Optional.of(INVALID)),
                tuple(Optional.of("AUTHENTICATE (unsupported)"),
                        Optional.of("NO [CANNOT] Unsupported authentication mechanism (Failure)")));
    }

    /** SMTP logs a login just after its reply is written: waits (boundedly) until the log has {@code count}. */
    private List<ActivityEvent> awaitLogins(int count) throws InterruptedException {
        long deadline = System.nanoTime() + RawImapClient.READ_TIMEOUT.toNanos();
        while (logins().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(logins()).hasSize(count);
        return logins();
    }

    private List<ActivityEvent> logins() {
        return gmail.activity().stream().filter(event -> event.kind() == Kind.LOGIN_ACCEPTED
                || event.kind() == Kind.LOGIN_REFUSED).toList();
    }
}
