package dev.fakegmail.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.FakeGmailServer;
import jakarta.mail.Store;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every server and IMAP store the extension opens is closed by JUnit, whichever way the running JUnit closes store
 * values: JUnit 5.13 and later close {@code AutoCloseable} values, JUnit 5.10 to 5.12 only
 * {@code Store.CloseableResource} ones, and so do 5.13+ when told so by the configuration parameter
 * {@value #AUTO_CLOSE} — which is how this suite, running on the newest JUnit, tries the older lines' behaviour.
 */
class StoreClosingTest {
    /** JUnit 5.13+'s switch; {@code false} makes them close store values as JUnit 5.10 to 5.12 do. */
    static final String AUTO_CLOSE = "junit.jupiter.extensions.store.close.autocloseable.enabled";

    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();
    static final AtomicInteger CLOSED = new AtomicInteger();

    @ParameterizedTest(name = AUTO_CLOSE + "={0}")
    @ValueSource(strings = {"true", "false"})
    void classAndMethodServersStopAndImapStoresCloseWhenTheirScopeEnds(String autoClose) {
        SEEN.clear();
        Fixtures.assertAllSucceeded(Fixtures.run(Map.of(AUTO_CLOSE, autoClose), Scopes.class), 3);

        assertStopped((FakeGmailServer) SEEN.get("class"));
        assertStopped((FakeGmailServer) SEEN.get("method"));
        assertThat(((Store) SEEN.get("imap")).isConnected()).as("the injected IMAP store").isFalse();
    }

    @ParameterizedTest(name = AUTO_CLOSE + "={0}")
    @ValueSource(strings = {"true", "false"})
    void aStoredValueIsClosedExactlyOnceThoughItIsBothKindsOfResource(String autoClose) {
        CLOSED.set(0);
        Fixtures.assertAllSucceeded(Fixtures.run(Map.of(AUTO_CLOSE, autoClose), Counted.class), 1);

        assertThat(CLOSED).hasValue(1);
    }

    private static void assertStopped(FakeGmailServer server) {
        assertThatThrownBy(server::smtpPort).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The fake Gmail is stopped");
    }

    @Fixture
    @FakeGmail(imapPort = 0)
    static class Scopes {
        @Test
        void classServer(FakeGmailServer gmail) {
            SEEN.put("class", gmail);
        }

        @Test
        @FakeGmail(accounts = "own@gmail.com")
        void methodServer(FakeGmailServer gmail) {
            SEEN.put("method", gmail);
        }

        @Test
        void imapStore(Store imap) {
            assertThat(imap.isConnected()).isTrue();
            SEEN.put("imap", imap);
        }
    }

    @Fixture
    @ExtendWith(PutsAStoredResource.class)
    static class Counted {
        @Test
        void test() {
        }
    }

    /** Puts one value of the extension's kind in the test's store; it counts how often it is closed. */
    static final class PutsAStoredResource implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            StoredResource counted = CLOSED::incrementAndGet;
            context.getStore(ExtensionContext.Namespace.create(StoreClosingTest.class)).put("counted", counted);
        }
    }
}
