package dev.fakegmail.junit;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Spring Boot 3.3 builds its {@code JavaMailSenderImpl} from {@code spring.mail.*} without the SSL bundle (it has no
 * {@code spring.mail.ssl.bundle}); such a sender fails on the fake's certificate until {@link LegacyBootMailTrust}
 * gives it the fake's CA. The compatibility row {@code boot-3.3-parent} runs it on a real Spring Boot 3.3.
 */
@FakeGmail
class LegacyBootMailTrustTest {

    @Test
    void aSenderBuiltAsSpringBoot33BuildsItFailsOnTheCertificateWithoutIt(GmailSmtpProfile profile) {
        JavaMailSenderImpl sender = asSpringBoot33Builds(profile);

        assertThatThrownBy(() -> sender.send(message(profile, "untrusted"))).isInstanceOf(MailSendException.class)
                .hasMessageContaining("PKIX path building failed");
    }

    @Test
    void withItTheSenderTrustsTheFakesCaAndSends(GmailSmtpProfile profile, FakeGmailServer gmail) {
        JavaMailSenderImpl sender = asSpringBoot33Builds(profile);

        Object processed = new LegacyBootMailTrust(profile).postProcessBeforeInitialization(sender, "mailSender");
        sender.send(message(profile, "trusted"));

        assertThat(processed).isSameAs(sender);
        assertThat(gmail).singleMessage().hasSubject("trusted").wasSentOverTls();
    }

    @Test
    void itIsNotNeededOnTheSpringBootOfThisBuild() {
        // Spring Boot 3.4 and later configure the sender from spring.mail.ssl.bundle themselves
        assertThat(LegacyBootMailTrust.needed(getClass().getClassLoader())).isFalse();
    }

    /** What Spring Boot 3.3 makes of the properties the extension sets: everything but the SSL bundle. */
    private static JavaMailSenderImpl asSpringBoot33Builds(GmailSmtpProfile profile) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(profile.hostName());
        sender.setPort(profile.port());
        sender.setUsername(profile.username());
        sender.setPassword(profile.password());
        Properties properties = new Properties();
        SpringProperties.of(java.util.Optional.empty(), "test").values(profile).forEach((name, value) -> {
            String prefix = "spring.mail.properties.";
            if (name.startsWith(prefix)) {
                properties.put(name.substring(prefix.length()), value);
            }
        });
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static SimpleMailMessage message(GmailSmtpProfile profile, String subject) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(profile.username());
        message.setTo("bob@example.com");
        message.setSubject(subject);
        message.setText("Hello");
        return message;
    }
}
