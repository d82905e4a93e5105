package dev.fakegmail.junit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.junit.Fixture;
import dev.fakegmail.junit.Fixtures;
import dev.fakegmail.junit.GmailProperties;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Spring misuse fails the class with a message naming the element, what was expected and found, and the fix. */
class SpringMisuseTest {
    private static final String PREFIX = "class SpringMisuseTest.";

    private static AbstractThrowableAssert<?, ? extends Throwable> rootCauseOf(Class<?> fixture) {
        Throwable failure = Fixtures.singleFailure(Fixtures.run(fixture));
        return assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTestPropertyThatSetsTheHost() {
        rootCauseOf(HostInProperties.class).hasMessage("@FakeGmail on " + PREFIX + "HostInProperties sets "
                + "spring.mail.host to the fake Gmail, but the test's properties (@SpringBootTest(properties) or "
                + "@TestPropertySource(properties)) set spring.mail.host too. Remove spring.mail.host from them (the "
                + "fake provides it), or add @GmailProperties(enabled = false) to configure the mail yourself.");
    }

    @Test
    void aDynamicPropertyThatSetsTheHost() {
        rootCauseOf(HostInDynamicProperties.class).hasMessage("@FakeGmail on " + PREFIX + "HostInDynamicProperties "
                + "sets spring.mail.host to the fake Gmail, but the test's @DynamicPropertySource methods set "
                + "spring.mail.host too. Remove spring.mail.host from them (the fake provides it), or add "
                + "@GmailProperties(enabled = false) to configure the mail yourself.");
    }

    @Test
    void twoMailSenders() {
        rootCauseOf(TwoMailSenders.class).hasMessage("@FakeGmail on " + PREFIX + "TwoMailSenders configures one mail "
                + "sender through spring.mail.host, but the application context has 2 MailSender beans "
                + "[newsletterSender, billingSender], and only one reading those properties would send to the fake "
                + "Gmail. Keep one MailSender bean in the test's context, or add @GmailProperties(enabled = false) "
                + "and give each sender its properties yourself.");
    }

    @Test
    void gmailPropertiesWithoutFakeGmail() {
        rootCauseOf(PropertiesWithoutGmail.class).hasMessage("@GmailProperties on SpringMisuseTest."
                + "PropertiesWithoutGmail names the properties of a fake Gmail, but no @FakeGmail applies to the "
                + "class. Add @FakeGmail to it, or remove @GmailProperties.");
    }

    @Test
    void aBlankPropertyName() {
        rootCauseOf(BlankName.class).hasMessage("@GmailProperties on " + PREFIX + "BlankName, attribute host: "
                + "expected a property name such as \"crm.smtp.host\", but found \" \". Give the property your "
                + "application reads, or remove the attribute to keep Spring Boot's.");
    }

    @Fixture
    @FakeGmail
    @SpringBootTest(classes = MailApps.BootMail.class, properties = "spring.mail.host=smtp.gmail.com")
    static class HostInProperties {
        @Test
        void test() {
        }
    }

    @Fixture
    @FakeGmail
    @SpringBootTest(classes = MailApps.BootMail.class)
    static class HostInDynamicProperties {
        @DynamicPropertySource
        static void mail(DynamicPropertyRegistry registry) {
            registry.add("spring.mail.host", () -> "smtp.gmail.com");
        }

        @Test
        void test() {
        }
    }

    @Fixture
    @FakeGmail
    @SpringBootTest(classes = MailApps.TwoSenders.class)
    static class TwoMailSenders {
        @Test
        void test() {
        }
    }

    @Fixture
    @GmailProperties(host = "crm.smtp.host")
    @SpringBootTest(classes = MailApps.BootMail.class)
    static class PropertiesWithoutGmail {
        @Test
        void test() {
        }
    }

    @Fixture
    @FakeGmail
    @GmailProperties(host = " ")
    @SpringBootTest(classes = MailApps.BootMail.class)
    static class BlankName {
        @Test
        void test() {
        }
    }
}
