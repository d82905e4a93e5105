package dev.fakegmail.junit;

import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.SmtpSecurity;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Spring Boot before 3.4 has no {@code spring.mail.ssl.*} ({@code spring.mail.ssl.bundle} and
 * {@code spring.mail.ssl.enabled} arrived in 3.4), so the SSL bundle that holds the fake's CA never reaches its
 * {@code JavaMailSender}, and the first send fails with "PKIX path building failed". On those versions this gives
 * Spring Boot's {@code JavaMailSenderImpl} the same trust the bundle gives on 3.4 and later: Jakarta Mail's
 * {@code mail.smtp.ssl.socketFactory} trusting exactly the fake's CA (the host name is still checked), and
 * {@code mail.smtp.ssl.enable} for {@code type = SSL}. Loaded only when Spring's mail support is present.
 */
final class LegacyBootMailTrust implements BeanPostProcessor {
    private static final String BOOT_MAIL_SSL = "org.springframework.boot.autoconfigure.mail.MailProperties$Ssl";
    private static final String BOOT_MAIL = "org.springframework.boot.autoconfigure.mail.MailProperties";
    private static final String SENDER = "org.springframework.mail.javamail.JavaMailSenderImpl";

    private final GmailSmtpProfile profile;

    LegacyBootMailTrust(GmailSmtpProfile profile) {
        this.profile = profile;
    }

    /** Whether the context's Spring Boot has mail auto-configuration but no {@code spring.mail.ssl.*} settings. */
    static boolean needed(ClassLoader loader) {
        return ClassUtils.isPresent(BOOT_MAIL, loader) && ClassUtils.isPresent(SENDER, loader)
                && !ClassUtils.isPresent(BOOT_MAIL_SSL, loader);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof org.springframework.mail.javamail.JavaMailSenderImpl sender) {
            sender.getJavaMailProperties().put("mail.smtp.ssl.socketFactory",
                    profile.certificateAuthority().socketFactory());
            if (profile.type() == SmtpSecurity.SSL) {
                sender.getJavaMailProperties().put("mail.smtp.ssl.enable", "true");
            }
        }
        return bean;
    }
}
