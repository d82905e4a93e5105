package dev.fakegmail.junit.spring;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The applications the Spring tests start: Spring Boot's mail sender, two senders, and a CRM with its own names.
 * Plain auto-configuration, no auto-configuration class named: Spring Boot 4 moved the mail one to another package,
 * and samples-boot4 runs these tests on Boot 4.
 */
final class MailApps {
    private MailApps() {
    }

    /** A message from {@code from} to bob. */
    static SimpleMailMessage message(String from, String subject) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo("bob@example.com");
        message.setSubject(subject);
        message.setText("Hello Bob");
        return message;
    }

    /** Spring Boot's auto-configured {@code JavaMailSender}, configured by nothing but {@code spring.mail.*}. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class BootMail {
    }

    /** An application with two senders of its own (Boot's auto-configuration then backs off). */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TwoSenders {
        @Bean
        JavaMailSender newsletterSender() {
            return new JavaMailSenderImpl();
        }

        @Bean
        JavaMailSender billingSender() {
            return new JavaMailSenderImpl();
        }
    }

    /** A CRM that reads its own {@code crm.smtp.*} names and trusts the CA it is given as PEM. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Crm {
        @Bean
        JavaMailSender crmSender(@Value("${crm.smtp.host}") String host, @Value("${crm.smtp.port}") int port,
                                 @Value("${crm.smtp.user}") String user, @Value("${crm.smtp.password}") String password,
                                 @Value("${crm.smtp.trusted-certificate}") String pem) throws Exception {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost(host);
            sender.setPort(port);
            sender.setUsername(user);
            sender.setPassword(password);
            Properties properties = sender.getJavaMailProperties();
            properties.setProperty("mail.smtp.auth", "true");
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            properties.put("mail.smtp.ssl.socketFactory", trusting(pem).getSocketFactory());
            return sender;
        }

        private static SSLContext trusting(String pem) throws Exception {
            X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("crm-ca", ca);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        }
    }
}
