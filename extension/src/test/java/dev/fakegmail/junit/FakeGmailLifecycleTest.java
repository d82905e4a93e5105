package dev.fakegmail.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailSmtpProfile;
import jakarta.mail.AuthenticationFailedException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** Where a server comes from and how long it lives: class, method, meta-annotation, lifecycles, nesting, reset. */
class FakeGmailLifecycleTest {

    /** Records the servers the fixtures saw; each fixture belongs to one test below. */
    static final List<FakeGmailServer> SEEN = new CopyOnWriteArrayList<>();
    static final Map<String, FakeGmailServer> NESTED = new ConcurrentHashMap<>();

    @Test
    void aClassHasOneServerStartedBeforeAllAndStoppedAfterAll() {
        SEEN.clear();
        Fixtures.assertAllSucceeded(Fixtures.run(OneServerPerClass.class), 2);

        assertThat(SEEN).hasSize(3).containsOnly(SEEN.get(0));
        assertThatThrownBy(() -> SEEN.get(0).smtpPort()).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The fake Gmail is stopped");
    }

    @Test
    void eachTestStartsFromResetAccountsAndAnEmptyJournal() {
        Fixtures.assertAllSucceeded(Fixtures.run(PasswordChangedInFirstOne.class), 2);
    }

    @Test
    void eachRepetitionOfATemplateIsResetToo() {
        Fixtures.assertAllSucceeded(Fixtures.run(Repeated.class), 3);
    }

    @Test
    void aMethodGetsAServerOfItsOwnThatStopsAfterIt() {
        SEEN.clear();
        Fixtures.assertAllSucceeded(Fixtures.run(ServerPerMethod.class), 3);

        assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
        assertThatThrownBy(() -> SEEN.get(0).smtpPort()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SEEN.get(1).smtpPort()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void worksAsMetaAnnotationAndInheritedFromASuperclass() {
        Fixtures.assertAllSucceeded(Fixtures.run(MetaAnnotated.class, InheritsFakeGmail.class), 2);
    }

    @Test
    void perClassLifecycleSharesTheServerWithConstructorAndNonStaticBeforeAll() {
        SEEN.clear();
        Fixtures.assertAllSucceeded(Fixtures.run(PerClassLifecycle.class), 2);

        assertThat(SEEN).hasSize(4).containsOnly(SEEN.get(0));
    }

    @Test
    void perMethodConstructorSeesTheTestsResetServer() {
        Fixtures.assertAllSucceeded(Fixtures.run(ConstructorInjection.class), 2);
    }

    @Test
    void nestedClassesUseTheEnclosingServerUnlessTheyHaveTheirOwn() {
        NESTED.clear();
        Fixtures.assertAllSucceeded(Fixtures.run(Outer.class), 3);

        assertThat(NESTED).containsOnlyKeys("outer", "without", "own");
        assertThat(NESTED.get("without")).isSameAs(NESTED.get("outer"));
        assertThat(NESTED.get("own")).isNotSameAs(NESTED.get("outer"));
    }

    @Fixture
    @FakeGmail
    static class OneServerPerClass {
        @BeforeAll
        static void beforeAll(FakeGmailServer gmail) {
            SEEN.add(gmail);
        }

        @Test
        void first(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            sendsOneAndSeesOnlyIt(profile, gmail);
        }

        @Test
        void second(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            sendsOneAndSeesOnlyIt(profile, gmail);
        }

        private static void sendsOneAndSeesOnlyIt(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            SEEN.add(gmail);
            assertThat(gmail.receivedMessages()).isEmpty();
            Mail.send(profile, "bob@example.com", "one");
            assertThat(gmail.awaitMessages(1, Duration.ofSeconds(10))).hasSize(1);
        }
    }

    @Fixture
    @FakeGmail
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PasswordChangedInFirstOne {
        @Test
        @Order(1)
        void changesThePassword(GmailSmtpProfile profile, GmailAccount account, FakeGmailServer gmail)
                throws Exception {
            Mail.send(profile, "bob@example.com", "before");
            account.changePassword("a new password");
            assertThatThrownBy(() -> Mail.send(profile, "bob@example.com", "after"))
                    .isInstanceOf(AuthenticationFailedException.class);
            assertThat(gmail.receivedMessages()).hasSize(1);
        }

        @Test
        @Order(2)
        void stillLogsIn(GmailSmtpProfile profile, GmailAccount account, FakeGmailServer gmail) throws Exception {
            assertThat(account.password()).isNotEqualTo("a new password");
            assertThat(gmail.receivedMessages()).isEmpty();
            Mail.send(profile, "bob@example.com", "again");
            assertThat(gmail.awaitMessages(1, Duration.ofSeconds(10))).hasSize(1);
        }
    }

    @Fixture
    @FakeGmail
    static class Repeated {
        @RepeatedTest(3)
        void sendsOne(GmailSmtpProfile profile, FakeGmailServer gmail, GmailAccount account) throws Exception {
            assertThat(gmail.receivedMessages()).isEmpty();
            assertThat(account.appPasswords()).hasSize(1);
            Mail.send(profile, "bob@example.com", "repeated");
            account.createAppPassword("left behind");
            assertThat(gmail.awaitMessages(1, Duration.ofSeconds(10))).hasSize(1);
        }
    }

    @Fixture
    static class ServerPerMethod {
        @Test
        @FakeGmail
        void first(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            SEEN.add(gmail);
            Mail.send(profile, "bob@example.com", "first");
            assertThat(gmail.awaitMessages(1, Duration.ofSeconds(10))).hasSize(1);
        }

        @Test
        @FakeGmail(accounts = "other@gmail.com")
        void second(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            SEEN.add(gmail);
            assertThat(profile.username()).isEqualTo("other@gmail.com");
            Mail.send(profile, "bob@example.com", "second");
            assertThat(gmail.awaitMessages(1, Duration.ofSeconds(10))).hasSize(1);
        }

        @Test
        void withoutFakeGmail() {
            assertThat(SEEN).hasSizeLessThanOrEqualTo(2);
        }
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @FakeGmail(accounts = "crm@gmail.com", appPassword = "abcd efgh ijkl mnop")
    @interface CrmMailTest {
    }

    @Fixture
    @CrmMailTest
    static class MetaAnnotated {
        @Test
        void usesTheMetaAnnotationsSettings(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            assertThat(profile.username()).isEqualTo("crm@gmail.com");
            assertThat(profile.password()).isEqualTo("abcdefghijklmnop");
            Mail.send(profile, "bob@example.com", "crm");
            assertThat(gmail.awaitMessages(1, Duration.ofSeconds(10))).hasSize(1);
        }
    }

    @FakeGmail(accounts = "base@gmail.com")
    abstract static class FakeGmailBase {
    }

    @Fixture
    static class InheritsFakeGmail extends FakeGmailBase {
        @Test
        void usesTheSuperclassSettings(GmailSmtpProfile profile) throws Exception {
            assertThat(profile.username()).isEqualTo("base@gmail.com");
            Mail.send(profile, "bob@example.com", "inherited");
        }
    }

    @Fixture
    @FakeGmail
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClassLifecycle {
        private final FakeGmailServer fromConstructor;
        private GmailSmtpProfile fromBeforeAll;

        PerClassLifecycle(FakeGmailServer gmail) {
            this.fromConstructor = gmail;
            SEEN.add(gmail);
        }

        @BeforeAll
        void beforeAll(FakeGmailServer gmail, GmailSmtpProfile profile) {
            SEEN.add(gmail);
            fromBeforeAll = profile;
        }

        @Test
        @Order(1)
        void first(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            SEEN.add(gmail);
            assertThat(profile.password()).as("reset before each test: a fresh app password")
                    .isNotEqualTo(fromBeforeAll.password());
            Mail.send(profile, "bob@example.com", "first");
            assertThat(fromConstructor.awaitMessages(1, Duration.ofSeconds(10))).hasSize(1);
        }

        @Test
        @Order(2)
        void second(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
            SEEN.add(gmail);
            assertThat(gmail.receivedMessages()).isEmpty();
            Mail.send(profile, "bob@example.com", "second");
        }
    }

    @Fixture
    @FakeGmail
    static class ConstructorInjection {
        private final GmailSmtpProfile fromConstructor;

        ConstructorInjection(GmailSmtpProfile profile) {
            this.fromConstructor = profile;
        }

        @Test
        void first(GmailSmtpProfile profile) throws Exception {
            sendsWithTheConstructorsProfile(profile);
        }

        @Test
        void second(GmailSmtpProfile profile) throws Exception {
            sendsWithTheConstructorsProfile(profile);
        }

        private void sendsWithTheConstructorsProfile(GmailSmtpProfile profile) throws Exception {
            assertThat(fromConstructor).isEqualTo(profile);
            Mail.send(fromConstructor, "bob@example.com", "constructed");
        }
    }

    @Fixture
    @FakeGmail
    static class Outer {
        @Test
        void outer(FakeGmailServer gmail) {
            NESTED.put("outer", gmail);
        }

        @Nested
        class WithoutOwnAnnotation {
            @Test
            void inner(FakeGmailServer gmail, GmailSmtpProfile profile) throws Exception {
                NESTED.put("without", gmail);
                Mail.send(profile, "bob@example.com", "nested");
            }
        }

        @Nested
        @FakeGmail(accounts = "nested@gmail.com")
        class WithOwnAnnotation {
            @Test
            void inner(FakeGmailServer gmail, GmailSmtpProfile profile) throws Exception {
                NESTED.put("own", gmail);
                assertThat(profile.username()).isEqualTo("nested@gmail.com");
                Mail.send(profile, "bob@example.com", "nested own");
            }
        }
    }
}
