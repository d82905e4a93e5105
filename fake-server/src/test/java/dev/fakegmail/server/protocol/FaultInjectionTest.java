package dev.fakegmail.server.protocol;

import static dev.fakegmail.server.protocol.GmailReplies.ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.CLOSING;
import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static dev.fakegmail.server.protocol.GmailReplies.TOO_MANY_RECIPIENTS;
import static dev.fakegmail.server.protocol.RawSmtpClient.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.Fault;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailFault;
import dev.fakegmail.server.InjectedFault;
import dev.fakegmail.server.Stage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults a test plans, at each stage, over raw sockets: exact texts, occurrences, accounts, drops, the journal. */
class FaultInjectionTest {
    private static final TestAccount ALICE = TestAccount.named("fault.alice");
    private static final TestAccount BOB = TestAccount.named("fault.bob");
    private static final String RATE_LIMITED =
            "421 4.3.0 Temporary System Problem.  Try again later (10). <id> - gsmtp\r\n";
    private static final String TEMPORARY_AUTH =
            "454 4.7.0 Cannot authenticate due to temporary system problem. Try again later. <id> - gsmtp\r\n";

    private FakeGmailServer server;

    @BeforeEach
    void start() {
        server = FakeGmailServer.builder().smtpPort(0).sslPort(0)
                .account(ALICE.settings()).account(BOB.settings()).build().start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void rateLimitedAtDataClosesTheConnectionAndStoresNothing() throws Exception {
        server.faults().on(Stage.DATA).once().inject(Fault.gmail(GmailFault.RATE_LIMITED));
        try (RawSmtpClient client = loggedIn(ALICE)) {
            envelope(client);
            client.expect("DATA", RATE_LIMITED);
            assertThat(client.isClosedByServer()).isTrue();
        }
        try (RawSmtpClient client = loggedIn(ALICE)) {
            sendOne(client, "after the fault");
        }
        assertThat(server.receivedMessages()).hasSize(1);
        List<InjectedFault> struck = server.faults().struck();
        assertThat(struck).singleElement().satisfies(f -> {
            assertThat(f.stage()).isEqualTo(Stage.DATA);
            assertThat(f.fault()).hasToString("RATE_LIMITED");
            assertThat(f.account()).contains(ALICE.address());
        });
    }

    @Test
    void theNthOccurrenceOnlyAndOnlyForOneAccount() throws Exception {
        server.faults().on(Stage.RCPT).nth(2).forAccount(BOB.address()).inject(Fault.gmail(GmailFault.TOO_MANY_RECIPIENTS));
        try (RawSmtpClient alice = loggedIn(ALICE); RawSmtpClient bob = loggedIn(BOB)) {
            alice.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
            alice.expect("RCPT TO:<one@example.com>", RCPT_OK);
            alice.expect("RCPT TO:<two@example.com>", RCPT_OK);
            bob.expect("MAIL FROM:<" + BOB.address() + ">", MAIL_OK);
            bob.expect("RCPT TO:<one@example.com>", RCPT_OK);
            bob.expect("RCPT TO:<two@example.com>", TOO_MANY_RECIPIENTS);
            bob.expect("RCPT TO:<three@example.com>", RCPT_OK);
        }
        assertThat(server.faults().struck()).extracting(InjectedFault::sessionId).hasSize(1);
    }

    @Test
    void aTemporaryAuthFailureForOneAccountLeavesOthersAlone() throws Exception {
        server.faults().on(Stage.AUTH).always().forAccount(ALICE.address())
                .inject(Fault.gmail(GmailFault.TEMPORARY_AUTH_FAILURE));
        try (RawSmtpClient client = RawSmtpClient.connect(server)) {
            client.ehloAndStartTls();
            client.expect("AUTH PLAIN " + plain(ALICE.address(), ALICE.appPassword()), TEMPORARY_AUTH);
            client.expect("AUTH PLAIN " + plain(ALICE.address(), ALICE.appPassword()), TEMPORARY_AUTH);
            client.expect("AUTH PLAIN " + plain(BOB.address(), BOB.appPassword()), ACCEPTED);
        }
    }

    @Test
    void aCustomReplyAtMailAndAtConnect() throws Exception {
        server.faults().on(Stage.MAIL).once().inject(Fault.reply(451, "4.3.0", "Mail server temporarily rejected message."));
        server.faults().on(Stage.CONNECT).nth(2).inject(Fault.reply(421, "4.7.0", "Try again later, closing connection."));
        try (RawSmtpClient client = loggedIn(ALICE)) {
            client.expect("MAIL FROM:<" + ALICE.address() + ">",
                    "451 4.3.0 Mail server temporarily rejected message. <id> - gsmtp\r\n");
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
        }
        try (RawSmtpClient refused = RawSmtpClient.openWithoutTls(server.smtpPort())) {
            assertThat(refused.readReply()).matches(
                    "421 4\\.7\\.0 Try again later, closing connection\\. [0-9a-z.-]+ - gsmtp\r\n");
            assertThat(refused.isClosedByServer()).isTrue();
        }
    }

    @Test
    void droppedAfterProcessingTheMessageIsStoredButTheClientNeverHearsIt() throws Exception {
        server.faults().on(Stage.END_OF_DATA).once().inject(Fault.dropAfterProcessing());
        String token = TestMessages.token();
        try (RawSmtpClient client = loggedIn(ALICE)) {
            envelope(client);
            client.expect("DATA", GO_AHEAD);
            client.send(TestMessages.message(ALICE.address(), token, "body\r\n") + ".\r\n");
            assertThat(client.readUntilClosed()).isEmpty();
        }
        assertThat(TestMessages.withToken(server, token)).hasSize(1);
    }

    @Test
    void droppedBeforeProcessingNothingIsStored() throws Exception {
        server.faults().on(Stage.END_OF_DATA).once().inject(Fault.dropConnection());
        String token = TestMessages.token();
        try (RawSmtpClient client = loggedIn(ALICE)) {
            envelope(client);
            client.expect("DATA", GO_AHEAD);
            client.send(TestMessages.message(ALICE.address(), token, "body\r\n") + ".\r\n");
            assertThat(client.readUntilClosed()).isEmpty();
        }
        try (RawSmtpClient client = loggedIn(ALICE)) {
            sendOne(client, "second");
        }
        assertThat(TestMessages.withToken(server, token)).isEmpty();
        assertThat(server.receivedMessages()).hasSize(1);
    }

    @Test
    void droppedAfterTheReplyAtQuitAndEhlo() throws Exception {
        server.faults().on(Stage.EHLO).nth(2).inject(Fault.dropAfterReply());
        try (RawSmtpClient client = RawSmtpClient.connect(server)) {
            client.ehloAndStartTls();
            assertThat(client.isClosedByServer()).isTrue();
        }
        server.faults().on(Stage.QUIT).once().inject(Fault.gmail(GmailFault.IDLE_TIMEOUT));
        try (RawSmtpClient client = RawSmtpClient.connect(server)) {
            client.expect("QUIT", "451 4.4.2 Timeout - closing connection. <id> - gsmtp\r\n");
            assertThat(client.isClosedByServer()).isTrue();
        }
        try (RawSmtpClient client = RawSmtpClient.connect(server)) {
            client.expect("QUIT", CLOSING);
        }
    }

    @Test
    void aDelayComesBeforeTheUsualReply() throws Exception {
        server.faults().on(Stage.RCPT).once().inject(Fault.delay(java.time.Duration.ofMillis(50)));
        try (RawSmtpClient client = loggedIn(ALICE)) {
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
            client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
        }
        assertThat(server.faults().struck()).extracting(f -> f.fault().toString()).containsExactly("delay PT0.05S");
    }

    @Test
    void theSameSeedGivesTheSameSequence() throws Exception {
        List<Boolean> first = sequenceFor(42);
        List<Boolean> again = sequenceFor(42);
        List<Boolean> other = sequenceFor(7);

        assertThat(first).hasSize(20).isEqualTo(again).contains(true, false);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void resetClearsPlannedAndStruckFaults() throws Exception {
        server.faults().on(Stage.MAIL).always().inject(Fault.gmail(GmailFault.DAILY_LIMIT));
        try (RawSmtpClient client = loggedIn(ALICE)) {
            client.expect("MAIL FROM:<" + ALICE.address() + ">", SendingLimitTest.DAILY_LIMIT);
        }
        server.reset();
        assertThat(server.faults().struck()).isEmpty();
        try (RawSmtpClient client = loggedIn(ALICE)) {
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
        }
    }

    @Test
    void tlsFaultsOnlyStrikeHandshakes() {
        assertThatThrownBy(() -> server.faults().on(Stage.DATA).inject(Fault.tls(dev.fakegmail.server.TlsFailure.UNTRUSTED_CA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A TLS fault (TLS UNTRUSTED_CA) can only strike a handshake: use on(Stage.STARTTLS) or "
                        + "on(Stage.CONNECT) (the SSL port), not on(Stage.DATA)");
    }

    private List<Boolean> sequenceFor(long seed) throws Exception {
        server.reset();
        server.faults().seed(seed).on(Stage.RCPT).always().withProbability(0.5)
                .inject(Fault.gmail(GmailFault.TOO_MANY_RECIPIENTS));
        List<Boolean> struck = new ArrayList<>();
        try (RawSmtpClient client = loggedIn(ALICE)) {
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
            for (int i = 0; i < 20; i++) {
                struck.add(client.command("RCPT TO:<r" + i + "@example.com>").startsWith("452-"));
            }
        }
        assertThat(server.faults().struck()).hasSize((int) struck.stream().filter(b -> b).count());
        return struck;
    }

    private RawSmtpClient loggedIn(TestAccount account) throws Exception {
        RawSmtpClient client = RawSmtpClient.connect(server);
        client.login(account.address(), account.appPassword());
        return client;
    }

    private static void envelope(RawSmtpClient client) throws Exception {
        client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
        client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
    }

    private static void sendOne(RawSmtpClient client, String body) throws Exception {
        envelope(client);
        client.expect("DATA", GO_AHEAD);
        client.expect(TestMessages.message(ALICE.address(), TestMessages.token(), body + "\r\n") + ".", MESSAGE_ACCEPTED);
    }
}
