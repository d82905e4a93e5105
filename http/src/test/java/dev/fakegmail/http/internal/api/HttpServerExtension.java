package dev.fakegmail.http.internal.api;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.TestClock;
import dev.fakegmail.server.protocol.TestAccount;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One fake Gmail with HTTP on free ports and a test clock per test class, reset before each test. */
final class HttpServerExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    static final TestAccount ALICE = TestAccount.named("alice");
    static final TestAccount BOB = TestAccount.named("bob");

    private volatile FakeGmailServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = FakeGmailServer.builder().smtpPort(0).sslPort(0).httpPort(0).clock(TestClock.system())
                .account(ALICE.settings()).account(BOB.settings()).build().start();
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

    HttpApi api() {
        return new HttpApi(server);
    }
}
