package dev.fakegmail.http.internal.gmail;

import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.TestClock;
import dev.fakegmail.server.protocol.RawSmtpClient;
import dev.fakegmail.server.protocol.TestAccount;
import java.io.IOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fake Gmail with HTTP on free ports per test class, reset before each test: alice, bob, and carol (1 a day);
 * mail to {@value #MISSING} bounces.
 */
final class GmailApiServer implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    static final TestAccount ALICE = TestAccount.named("alice");
    static final TestAccount BOB = TestAccount.named("bob");
    static final TestAccount CAROL = TestAccount.named("carol");

    static final String MISSING = "nobody@example.com";
    /** Google's 404 body, as the door answers it for an unknown id or a too-old {@code startHistoryId}. */
    static final String NOT_FOUND = """
            {
              "error" : {
                "code" : 404,
                "message" : "Requested entity was not found.",
                "errors" : [ {
                  "message" : "Requested entity was not found.",
                  "domain" : "global",
                  "reason" : "notFound"
                } ],
                "status" : "NOT_FOUND"
              }
            }""";

    private volatile FakeGmailServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).httpPort(0).clock(TestClock.system())
                .account(ALICE.settings()).account(BOB.settings())
                .account(CAROL.settings().withDailySendingLimit(1)).missingRecipient(MISSING).build().start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    FakeGmailServer server() {
        return server;
    }

    GmailAccount account(TestAccount account) {
        return server.account(account.address());
    }

    /** Alice sends {@code message} (headers and body, CRLF) to bob@gmail.com over SMTP. */
    static void smtpFromAlice(FakeGmailServer gmail, String message) throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(gmail)) {
            client.login(ALICE.address(), ALICE.appPassword());
            client.expect("MAIL FROM:<" + ALICE.address() + ">", MAIL_OK);
            client.expect("RCPT TO:<bob@gmail.com>", RCPT_OK);
            client.expect("DATA", GO_AHEAD);
            client.send(message + "\r\n.\r\n");
            client.expectReply(MESSAGE_ACCEPTED);
            client.command("QUIT");
        }
    }
}
