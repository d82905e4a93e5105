package dev.fakegmail.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.AuthenticationFailedException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Parallel execution: concurrent classes and concurrent methods each have their own server. The fixtures meet at a
 * barrier while their servers run, so the servers really are alive at the same time; a barrier that is never
 * completed (the fixtures did not run concurrently) breaks after a minute and fails the fixture.
 */
class FakeGmailParallelTest {
    static final Map<String, FakeGmailServer> SERVERS = new ConcurrentHashMap<>();
    static final Map<String, Integer> PORTS = new ConcurrentHashMap<>();
    static final CyclicBarrier CLASSES = new CyclicBarrier(3);
    static final CyclicBarrier METHODS = new CyclicBarrier(3);
    static final CyclicBarrier ACCOUNT_STATE = new CyclicBarrier(2);

    @Test
    void concurrentClassesEachHaveTheirOwnServerOnTheirOwnPorts() {
        SERVERS.clear();
        PORTS.clear();
        Fixtures.assertAllSucceeded(Fixtures.run(Fixtures.PARALLEL, ClassA.class, ClassB.class, ClassC.class), 3);

        assertThat(SERVERS.values()).hasSize(3).doesNotHaveDuplicates();
        assertThat(PORTS.values()).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void concurrentMethodsEachHaveTheirOwnServer() {
        SERVERS.clear();
        Fixtures.assertAllSucceeded(Fixtures.run(Fixtures.PARALLEL, ConcurrentMethods.class), 3);

        assertThat(SERVERS).containsKeys("class", "a", "b", "c");
        assertThat(SERVERS.values()).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void concurrentMethodsDoNotShareAccountState() {
        Fixtures.assertAllSucceeded(Fixtures.run(Fixtures.PARALLEL, ConcurrentAccountState.class), 2);
    }

    /** Sends one message, waits until all parties' servers run, and checks only that message arrived. */
    static void sendAndMeet(String name, CyclicBarrier barrier, GmailSmtpProfile profile, FakeGmailServer gmail)
            throws Exception {
        SERVERS.put(name, gmail);
        PORTS.put(name + " smtp", gmail.smtpPort());
        PORTS.put(name + " ssl", gmail.sslPort());
        Mail.send(profile, "bob@example.com", name);
        barrier.await(1, TimeUnit.MINUTES);
        List<ReceivedMessage> received = gmail.receivedMessages();
        assertThat(received).extracting(ReceivedMessage::subject).containsExactly(name);
    }

    @Fixture
    @FakeGmail
    static class ClassA {
        @Test
        void test(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            sendAndMeet("A", CLASSES, profile, gmail);
        }
    }

    @Fixture
    @FakeGmail
    static class ClassB {
        @Test
        void test(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            sendAndMeet("B", CLASSES, profile, gmail);
        }
    }

    @Fixture
    @FakeGmail
    static class ClassC {
        @Test
        void test(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            sendAndMeet("C", CLASSES, profile, gmail);
        }
    }

    @Fixture
    @FakeGmail
    @Execution(ExecutionMode.CONCURRENT)
    static class ConcurrentMethods {
        @BeforeAll
        static void beforeAll(FakeGmailServer gmail) {
            SERVERS.put("class", gmail);
        }

        @Test
        void a(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            sendAndMeet("a", METHODS, profile, gmail);
        }

        @Test
        void b(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            sendAndMeet("b", METHODS, profile, gmail);
        }

        @Test
        void c(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            sendAndMeet("c", METHODS, profile, gmail);
        }
    }

    @Fixture
    @FakeGmail
    @Execution(ExecutionMode.CONCURRENT)
    static class ConcurrentAccountState {
        @Test
        void changesThePassword(GmailSmtpProfile profile, GmailAccount account) throws Exception {
            account.changePassword("changed by one test");
            ACCOUNT_STATE.await(1, TimeUnit.MINUTES);
            assertThatThrownBy(() -> Mail.send(profile, "bob@example.com", "refused"))
                    .isInstanceOf(AuthenticationFailedException.class);
        }

        @Test
        void stillLogsIn(GmailSmtpProfile profile, GmailAccount account, FakeGmailServer gmail) throws Exception {
            ACCOUNT_STATE.await(1, TimeUnit.MINUTES);
            assertThat(account.password()).isNotEqualTo("changed by one test");
            Mail.send(profile, "bob@example.com", "accepted");
            assertThat(gmail.awaitMessages(1, Duration.ofSeconds(10))).hasSize(1);
        }
    }
}
