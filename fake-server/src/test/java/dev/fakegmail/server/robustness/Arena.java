package dev.fakegmail.server.robustness;

import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.FakeGmailServerBuilder;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.protocol.RawSmtpClient;
import dev.fakegmail.server.protocol.TestAccount;
import dev.fakegmail.server.protocol.TestMessages;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A server for one hostile case, with the checks docs/robustness.md asks for after every case: a session that was in the
 * middle of a transaction before the attack still completes it, a new connection still delivers, only those
 * messages are stored, and after {@code stop()} no thread of the server is left and none of its threads logged a
 * warning or died of an exception.
 */
final class Arena implements AutoCloseable {
    static final TestAccount ALICE = TestAccount.named("robust.alice");

    final FakeGmailServer server;
    private final int smtpPort;
    private final int sslPort;
    private final int imapPort;
    private final List<String> delivered = new ArrayList<>();
    private RawSmtpClient witness;
    private String witnessMessage;
    private String witnessToken;
    private boolean closed;

    private Arena(FakeGmailServer server) {
        this.server = server;
        this.smtpPort = server.smtpPort();
        this.sslPort = server.sslPort();
        this.imapPort = server.imapPort();
    }

    /** A started server on free ports with {@link #ALICE}; {@code settings} may change the builder. */
    static Arena start(UnaryOperator<FakeGmailServerBuilder> settings) {
        ServerEvents.install();
        // the load test sends more than Gmail's 500 messages a day; the limit itself is not under test here
        return new Arena(settings.apply(FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0)
                .account(ALICE.settings().withDailySendingLimit(100_000))).build().start());
    }

    static Arena start() {
        return start(builder -> builder);
    }

    int smtpPort() {
        return smtpPort;
    }

    int sslPort() {
        return sslPort;
    }

    int imapPort() {
        return imapPort;
    }

    /** The live threads of this server: every door's ({@code fake-gmail-<port>-…}). */
    List<String> threads() {
        return ServerEvents.threads(smtpPort, sslPort, imapPort);
    }

    /** Opens the witness: a logged-in session that has sent half of a message and waits. */
    Arena withWitness() throws IOException {
        witness = RawSmtpClient.connect(server);
        witness.login(ALICE.address(), ALICE.appPassword());
        witness.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
        witness.expect("RCPT TO:<bob@example.com>", RCPT_OK);
        witness.expect("DATA", GO_AHEAD);
        witnessToken = TestMessages.token();
        witnessMessage = TestMessages.message(ALICE.address(), witnessToken, "first half\r\n");
        witness.send(witnessMessage.substring(0, witnessMessage.length() / 2));
        return this;
    }

    /** A logged-in client on the STARTTLS port. */
    RawSmtpClient loggedIn() throws IOException {
        RawSmtpClient client = RawSmtpClient.connect(server);
        client.login(ALICE.address(), ALICE.appPassword());
        return client;
    }

    /** Sends one complete message on {@code client} (logged in, no open transaction); returns its token. */
    String deliver(RawSmtpClient client) throws IOException {
        String token = TestMessages.token();
        client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
        client.expect("RCPT TO:<bob@example.com>", RCPT_OK);
        client.expect("DATA", GO_AHEAD);
        client.send(TestMessages.message(ALICE.address(), token, "delivered\r\n") + ".\r\n");
        client.expectReply(MESSAGE_ACCEPTED);
        delivered.add(token);
        return token;
    }

    /**
     * Waits until exactly {@code count} sessions of the server are running (bounded by the read timeout): sessions
     * start and end asynchronously after their clients connect and leave. A session runs while
     * {@code SmtpSession.run} is on its thread's stack; it takes its slot before and frees it before it returns.
     */
    void awaitRunningSessions(int count) throws InterruptedException {
        long deadline = System.nanoTime() + RawSmtpClient.READ_TIMEOUT.toNanos();
        while (runningSessions() != count) {
            assertThat(System.nanoTime()).as("%s running sessions within the read timeout, not %s", count,
                    runningSessions()).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private long runningSessions() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(entry -> entry.getKey().getName().startsWith("fake-gmail-" + smtpPort + "-session-"))
                .filter(entry -> Arrays.stream(entry.getValue()).anyMatch(frame -> frame.getMethodName().equals("run")
                        && frame.getClassName().endsWith(".SmtpSession")))
                .count();
    }

    /** Counts a message the test delivered itself (it got its {@code 250}) as one that must be stored. */
    void deliveredElsewhere(String token) {
        delivered.add(token);
    }

    /**
     * The witness (if any) finishes its message, a new connection delivers one, and the journal holds exactly the
     * messages delivered through this arena: nothing from the hostile connection.
     */
    void assertOthersUnaffected() throws IOException {
        if (witness != null) {
            witness.send(witnessMessage.substring(witnessMessage.length() / 2) + ".\r\n");
            witness.expectReply(MESSAGE_ACCEPTED);
            delivered.add(witnessToken);
            witness.close();
            witness = null;
        }
        try (RawSmtpClient fresh = loggedIn()) {
            deliver(fresh);
        }
        assertOnlyDeliveredAreStored();
    }

    /** The journal holds each message delivered through this arena once, and nothing else. */
    void assertOnlyDeliveredAreStored() {
        List<ReceivedMessage> stored = server.awaitMessages(delivered.size(), Duration.ofSeconds(10));
        assertThat(stored).as("stored messages").hasSize(delivered.size());
        for (String token : delivered) {
            assertThat(TestMessages.withToken(server, token)).as("messages with token %s", token).hasSize(1);
        }
    }

    /** Stops the server, then: no thread of it is alive, none logged a warning or died. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (witness != null) {
            witness.close();
        }
        server.stop();
        assertThat(threads()).as("threads of the server after stop()").isEmpty();
        assertThat(ServerEvents.of(smtpPort, sslPort, imapPort)).as("warnings and uncaught exceptions of the server")
                .isEmpty();
    }
}
