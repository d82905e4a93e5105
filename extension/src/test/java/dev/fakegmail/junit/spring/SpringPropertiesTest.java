package dev.fakegmail.junit.spring;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.junit.GmailProperties;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.mail.javamail.JavaMailSender;

/** {@link GmailProperties}: the application's own property names, and the wiring turned off. */
class SpringPropertiesTest {

    @Nested
    @FakeGmail
    @GmailProperties(host = "crm.smtp.host", port = "crm.smtp.port", username = "crm.smtp.user",
            password = "crm.smtp.password", certificateAuthority = "crm.smtp.trusted-certificate")
    @SpringBootTest(classes = MailApps.Crm.class)
    class OwnNames {
        @Autowired
        JavaMailSender crmSender;

        @Autowired
        ConfigurableEnvironment environment;

        @Test
        void theApplicationsOwnSenderReachesTheFake(FakeGmailServer gmail, GmailSmtpProfile profile) {
            crmSender.send(MailApps.message(profile.username(), "Through crm.smtp.*"));

            assertThat(gmail).singleMessage().hasSubject("Through crm.smtp.*").wasSentOverTls()
                    .wasAuthenticatedAs(profile.username());
            assertThat(environment.getProperty("crm.smtp.port")).isEqualTo(Integer.toString(gmail.smtpPort()));
            assertThat(environment.getProperty("crm.smtp.trusted-certificate"))
                    .isEqualTo(gmail.certificateAuthority().pem());
            PropertySource<?> fake = environment.getPropertySources().get("fake-gmail");
            assertThat(fake.containsProperty("crm.smtp.host")).isTrue();
            assertThat(fake.containsProperty("spring.mail.host")).isFalse();
            assertThat(fake.containsProperty("spring.mail.ssl.bundle")).isFalse();
        }
    }

    @Nested
    @FakeGmail
    @GmailProperties(enabled = false)
    @SpringBootTest(classes = MailApps.BootMail.class, properties = "spring.mail.host=mail.example.com")
    class TurnedOff {
        @Autowired
        ConfigurableEnvironment environment;

        @Test
        void setsNothingAndTheTestsGetAServerOfTheirOwn(FakeGmailServer gmail) {
            assertThat(environment.getProperty("spring.mail.host")).isEqualTo("mail.example.com");
            assertThat(environment.getPropertySources().contains("fake-gmail")).isFalse();
            assertThat(gmail.smtpPort()).isPositive();
        }
    }
}
