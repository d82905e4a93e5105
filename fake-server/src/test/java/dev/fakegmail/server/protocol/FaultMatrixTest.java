package dev.fakegmail.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.Fault;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailFault;
import dev.fakegmail.server.InjectedFault;
import dev.fakegmail.server.Stage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every stage × every kind of fault, over one scripted session (greeting, EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA, the
 * message, QUIT): the fault strikes exactly at its stage, the steps before it are untouched, and only a fault that
 * lets the command through (delay, drop after processing at the end of data) leaves a stored message.
 */
class FaultMatrixTest {
    private static final TestAccount ALICE = TestAccount.named("matrix.alice");
    private static final List<Stage> SCRIPT = List.of(Stage.CONNECT, Stage.EHLO, Stage.STARTTLS, Stage.EHLO, Stage.AUTH,
            Stage.MAIL, Stage.RCPT, Stage.DATA, Stage.END_OF_DATA, Stage.QUIT);
    private static FakeGmailServer server;

    enum Kind { GMAIL_REPLY, CUSTOM_REPLY, DELAY, DROP, DROP_AFTER_PROCESSING, DROP_AFTER_REPLY }

    @BeforeAll
    static void start() {
        server = FakeGmailServer.builder().smtpPort(0).sslPort(0)
                .account(ALICE.settings().withDailySendingLimit(10_000)).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> stagesAndKinds() {
        return SCRIPT.stream().distinct().flatMap(stage -> Stream.of(Kind.values()).map(kind -> Arguments.of(stage, kind)));
    }

    @ParameterizedTest(name = "{1} at {0}")
    @MethodSource("stagesAndKinds")
    void strikesExactlyAtItsStage(Stage stage, Kind kind) throws Exception {
        server.reset();
        server.faults().on(stage).once().inject(fault(kind, stage));
        String token = TestMessages.token();

        try (RawSmtpClient client = RawSmtpClient.open(server, server.smtpPort())) {
            for (Stage step : SCRIPT) {
                client.send(command(step, token));
                String reply = readReplyOrNothing(client);
                if (step != stage) {
                    assertThat(reply).as("reply at %s before the fault", step).matches(normal(step));
                } else {
                    if (step == Stage.STARTTLS && kind == Kind.DROP_AFTER_REPLY) {
                        client.startTls();
                    }
                    assertStruck(kind, step, reply, client);
                    break;
                }
                if (step == Stage.STARTTLS) {
                    client.startTls();
                }
            }
        }

        assertThat(server.faults().struck()).extracting(InjectedFault::stage).containsExactly(stage);
        boolean stored = stage == Stage.QUIT || stage == Stage.END_OF_DATA
                && (kind == Kind.DELAY || kind == Kind.DROP_AFTER_PROCESSING || kind == Kind.DROP_AFTER_REPLY);
        assertThat(TestMessages.withToken(server, token)).as("stored messages").hasSize(stored ? 1 : 0);
    }

    private static void assertStruck(Kind kind, Stage stage, String reply, RawSmtpClient client) throws Exception {
        switch (kind) {
            case GMAIL_REPLY -> assertThat(reply).startsWith("550-5.4.5 Daily user sending limit exceeded.");
            case CUSTOM_REPLY -> assertThat(reply).matches("451 4\\.3\\.0 Injected at " + stage + " \\S+ - gsmtp\r\n");
            case DELAY -> assertThat(reply).matches(normal(stage));
            case DROP -> assertThat(reply).isEmpty();
            case DROP_AFTER_PROCESSING -> {
                assertThat(reply).isEmpty();
                assertThat(client.isClosedByServer()).isTrue();
            }
            case DROP_AFTER_REPLY -> {
                assertThat(reply).matches(normal(stage));
                assertThat(client.isClosedByServer()).isTrue();
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private static Fault fault(Kind kind, Stage stage) {
        return switch (kind) {
            case GMAIL_REPLY -> Fault.gmail(GmailFault.DAILY_LIMIT);
            case CUSTOM_REPLY -> Fault.reply(451, "4.3.0", "Injected at " + stage);
            case DELAY -> Fault.delay(Duration.ofMillis(5));
            case DROP -> Fault.dropConnection();
            case DROP_AFTER_PROCESSING -> Fault.dropAfterProcessing();
            case DROP_AFTER_REPLY -> Fault.dropAfterReply();
        };
    }

    private static String command(Stage step, String token) {
        return switch (step) {
            case CONNECT -> "";
            case EHLO -> "EHLO client.example\r\n";
            case STARTTLS -> "STARTTLS\r\n";
            case AUTH -> "AUTH PLAIN " + RawSmtpClient.plain(ALICE.address(), ALICE.appPassword()) + "\r\n";
            case MAIL -> "MAIL FROM:<" + ALICE.address() + ">\r\n";
            case RCPT -> "RCPT TO:<bob@example.com>\r\n";
            case DATA -> "DATA\r\n";
            case END_OF_DATA -> TestMessages.message(ALICE.address(), token, "body\r\n") + ".\r\n";
            case QUIT -> "QUIT\r\n";
            case GMAIL_API -> throw new IllegalArgumentException("not an SMTP stage: " + step);
        };
    }

    /** The reply when no fault strikes. */
    private static Pattern normal(Stage step) {
        String text = switch (step) {
            case CONNECT -> "220 smtp\\.gmail\\.com ESMTP \\S+ - gsmtp\r\n";
            case EHLO -> "250-smtp\\.gmail\\.com at your service, \\[127\\.0\\.0\\.1\\]\r\n(250-.*\r\n)*250 SMTPUTF8\r\n";
            case STARTTLS -> "220 2\\.0\\.0 Ready to start TLS\r\n";
            case AUTH -> "235 2\\.7\\.0 Accepted\r\n";
            case MAIL -> "250 2\\.1\\.0 OK \\S+ - gsmtp\r\n";
            case RCPT -> "250 2\\.1\\.5 OK \\S+ - gsmtp\r\n";
            case DATA -> "354  Go ahead \\S+ - gsmtp\r\n";
            case END_OF_DATA -> "250 2\\.0\\.0 OK  \\d+ \\S+ - gsmtp\r\n";
            case QUIT -> "221 2\\.0\\.0 closing connection \\S+ - gsmtp\r\n";
            case GMAIL_API -> throw new IllegalArgumentException("not an SMTP stage: " + step);
        };
        return Pattern.compile(text, Pattern.DOTALL);
    }

    /** The next reply, or nothing when the server closed the connection instead. */
    private static String readReplyOrNothing(RawSmtpClient client) {
        try {
            return client.readReply();
        } catch (java.io.IOException closed) {
            return "";
        }
    }
}
