package dev.fakegmail.server.protocol;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.FakeGmailServerBuilder;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fake Gmail on free ports for a test class, with known test accounts; started before all tests, stopped after.
 * Register it with {@code @RegisterExtension static final ClassServer GMAIL = new ClassServer(ALICE, BOB);}.
 */
public final class ClassServer implements BeforeAllCallback, AfterAllCallback {
    private final List<TestAccount> accounts;
    private volatile FakeGmailServer server;

    /** A server with these accounts (the first is the default account). */
    public ClassServer(TestAccount... accounts) {
        this.accounts = List.of(accounts);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        FakeGmailServerBuilder builder = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0);
        accounts.forEach(account -> builder.account(account.settings()));
        server = builder.build().start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    /** The running server. */
    public FakeGmailServer server() {
        return Objects.requireNonNull(server, "the ClassServer has not started: register it with @RegisterExtension");
    }
}
