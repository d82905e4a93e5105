package dev.fakegmail.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.FakeGmailServerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A strict port that cannot be bound fails the class with the server's message. Runs in isolation: a server started
 * here holds Gmail's port 587 (the default preference; no other test in this JVM runs meanwhile), so the fixture's
 * strict 587 is taken for certain.
 */
@Isolated("holds port 587 so that a strict fixture cannot bind it")
class FakeGmailStrictPortsTest {

    @Test
    void aStrictPortThatIsTakenFailsTheClassWithThePortInTheMessage() {
        try (FakeGmailServer holder = FakeGmailServer.builder().sslPort(0).build().start()) {
            assumeTrue(holder.smtpPort() == FakeGmailServerBuilder.GMAIL_SUBMISSION_PORT,
                    "another process holds port 587; it is taken either way, but not for certain");

            Throwable failure = Fixtures.singleFailure(Fixtures.run(StrictPorts.class));

            assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessageStartingWith("@FakeGmail on class FakeGmailStrictPortsTest.StrictPorts has strictPorts = "
                            + "true and cannot start: Cannot bind the STARTTLS port 587 on 127.0.0.1: ")
                    .hasMessageEndingWith(". Free the port, choose another one, use 0 for any free port, or turn "
                            + "strict ports off to fall back to a free port.")
                    .hasRootCauseInstanceOf(java.net.BindException.class);
        }
    }

    @Fixture
    @FakeGmail(strictPorts = true, sslPort = 0)
    static class StrictPorts {
        @Test
        void test() {
        }
    }
}
