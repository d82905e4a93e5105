package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code build()} takes a snapshot: what happens to the builder afterwards does not reach the server. */
class FakeGmailServerBuilderTest {
    private static final Clock BUILT_WITH = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @Test
    void changingTheBuilderAfterBuildChangesNothing() throws Exception {
        FakeGmailServerBuilder builder = FakeGmailServer.builder().smtpPort(0).sslPort(0).clock(BUILT_WITH)
                .account(AccountSettings.of("alice@gmail.com"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             FakeGmailServer gmail = builder.build()) {
            builder.smtpPort(taken.getLocalPort()).sslPort(taken.getLocalPort()).strictPorts(true)
                    .clock(Clock.systemUTC()).account(AccountSettings.of("mallory@gmail.com"))
                    .idleTimeout(Duration.ofMillis(1)).maxMessageSize(1);

            gmail.start();   // a server reading the builder now would fail: strict ports on a taken port

            assertThat(gmail.smtpPort()).isNotEqualTo(taken.getLocalPort());
            assertThat(gmail.sslPort()).isNotEqualTo(taken.getLocalPort());
            assertThat(gmail.clock()).isSameAs(BUILT_WITH);
            assertThat(gmail.accounts()).extracting(GmailAccount::address).containsExactly("alice@gmail.com");
        }
    }

    @Test
    void eachBuildIsIndependentOfTheNext() {
        FakeGmailServerBuilder builder = FakeGmailServer.builder().clock(BUILT_WITH);
        FakeGmailServer first = builder.build();
        FakeGmailServer second = builder.clock(Clock.systemUTC()).account(AccountSettings.of("bob@gmail.com")).build();

        assertThat(first.clock()).isSameAs(BUILT_WITH);
        assertThat(first.accounts()).extracting(GmailAccount::address).containsExactly("user@gmail.com");
        assertThat(second.accounts()).extracting(GmailAccount::address).containsExactly("bob@gmail.com");
        assertThat(second.defaultAccount()).isNotSameAs(first.defaultAccount());
    }
}
