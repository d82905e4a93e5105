package dev.fakegmail.compat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/** A shop that mails order confirmations through Spring Boot's JavaMailSender, configured by spring.mail.*. */
@SpringBootApplication
public class ShopApplication {

    /** Sends the confirmation of one order. */
    @Service
    public static class OrderMailer {
        private final JavaMailSender sender;
        private final String from;

        public OrderMailer(JavaMailSender sender, @Value("${spring.mail.username}") String from) {
            this.sender = sender;
            this.from = from;
        }

        public void confirm(String to, String order) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject("Order " + order + " confirmed");
            message.setText("Thank you for order " + order + ".");
            sender.send(message);
        }
    }
}
