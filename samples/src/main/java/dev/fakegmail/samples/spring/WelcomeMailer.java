package dev.fakegmail.samples.spring;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/** Sends the newsletter's welcome mail, from the Gmail account the application logs in with. */
@Service
public class WelcomeMailer {
    private final JavaMailSender mailSender;
    private final String from;

    /** Spring injects the auto-configured sender and the account ({@code spring.mail.username}). */
    public WelcomeMailer(JavaMailSender mailSender, @Value("${spring.mail.username}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    /**
     * Sends the welcome mail: plain text and HTML.
     *
     * @throws MailException Spring's exceptions, e.g. {@code MailAuthenticationException} when Gmail refuses the login
     */
    public void welcome(String address, String name) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(address);
            helper.setSubject("Welcome to the newsletter, " + name);
            helper.setText("Hello " + name + ", thanks for subscribing.",
                    "<p>Hello <b>" + escaped(name) + "</b>, thanks for subscribing.</p>");
        } catch (MessagingException e) {
            throw new MailPreparationException("Cannot build the welcome mail for " + address, e);
        }
        mailSender.send(message);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
