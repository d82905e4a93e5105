package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.TestClock;
import dev.fakegmail.server.protocol.TestAccount;
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
}
