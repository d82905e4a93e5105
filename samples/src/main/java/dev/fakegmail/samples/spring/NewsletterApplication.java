package dev.fakegmail.samples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that sends its welcome mail through Gmail with Spring's {@code JavaMailSender}.
 * Everything about the mail server is in {@code spring.mail.*} properties ({@code application.properties}).
 */
@SpringBootApplication
public class NewsletterApplication {

    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication.run(NewsletterApplication.class, args);
    }
}
