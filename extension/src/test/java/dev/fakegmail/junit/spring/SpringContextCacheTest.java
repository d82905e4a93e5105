package dev.fakegmail.junit.spring;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.junit.Fixture;
import dev.fakegmail.junit.Fixtures;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Spring's context cache: classes with the same {@code @FakeGmail} configuration share one context and one fake,
 * also when they run in parallel (their tests take turns, each seeing only its own message); another configuration
 * gets another context and fake; a context that is closed stops its fake.
 */
class SpringContextCacheTest {
    /** What each fixture class saw: its application context and the server injected into its tests. */
    static final Map<Class<?>, List<Object>> SEEN = new ConcurrentHashMap<>();

    @Test
    void classesConfiguredAlikeShareOneContextAndOneServerInParallel() {
        Fixtures.assertAllSucceeded(Fixtures.run(Fixtures.PARALLEL, ShopA.class, ShopB.class, ShopC.class,
                OtherAccount.class), 4 * 3);

        assertThat(SEEN.get(ShopB.class)).containsExactlyElementsOf(SEEN.get(ShopA.class));
        assertThat(SEEN.get(ShopC.class)).containsExactlyElementsOf(SEEN.get(ShopA.class));
        assertThat(SEEN.get(OtherAccount.class).get(0)).isNotSameAs(SEEN.get(ShopA.class).get(0));
        assertThat(SEEN.get(OtherAccount.class).get(1)).isNotSameAs(SEEN.get(ShopA.class).get(1));
    }

    @Test
    void aClosedContextStopsItsServer() {
        Fixtures.assertAllSucceeded(Fixtures.run(Dirty.class), 3);

        FakeGmailServer server = (FakeGmailServer) SEEN.get(Dirty.class).get(1);
        assertThatThrownBy(server::smtpPort).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Call start() first.");
    }

    @Test
    void springsTestConnectionLogsInToTheFakeWhenTheContextStarts() {
        Fixtures.assertAllSucceeded(Fixtures.run(TestConnection.class), 3);
    }

    /** Each test sends one message and sees exactly that one, whichever class's test ran before it. */
    abstract static class Sending {
        @Autowired
        JavaMailSender sender;

        @Autowired
        ApplicationContext context;

        @RepeatedTest(3)
        void sendsAndSeesOnlyItsOwnMessage(FakeGmailServer gmail, GmailSmtpProfile profile) {
            String subject = getClass().getSimpleName() + " " + System.nanoTime();
            sender.send(MailApps.message(profile.username(), subject));

            assertThat(gmail).singleMessage().hasSubject(subject);
            List<Object> seen = SEEN.computeIfAbsent(getClass(),
                    type -> new CopyOnWriteArrayList<>(List.of(context, gmail)));
            assertThat(seen).containsExactly(context, gmail);
        }
    }

    @Fixture
    @FakeGmail(accounts = "shop@gmail.com")
    @SpringBootTest(classes = MailApps.BootMail.class)
    static class ShopA extends Sending {
    }

    @Fixture
    @FakeGmail(accounts = "shop@gmail.com")
    @SpringBootTest(classes = MailApps.BootMail.class)
    static class ShopB extends Sending {
    }

    @Fixture
    @FakeGmail(accounts = "shop@gmail.com")
    @SpringBootTest(classes = MailApps.BootMail.class)
    static class ShopC extends Sending {
    }

    @Fixture
    @FakeGmail(accounts = "other@gmail.com")
    @SpringBootTest(classes = MailApps.BootMail.class)
    static class OtherAccount extends Sending {
    }

    @Fixture
    @FakeGmail(accounts = "dirty@gmail.com")
    @SpringBootTest(classes = MailApps.BootMail.class)
    @DirtiesContext
    static class Dirty extends Sending {
    }

    @Fixture
    @FakeGmail(accounts = "checked@gmail.com")
    @SpringBootTest(classes = MailApps.BootMail.class, properties = "spring.mail.test-connection=true")
    static class TestConnection extends Sending {
    }
}
