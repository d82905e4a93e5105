package dev.fakegmail.samples.gmailapi.spring;

import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Sends plain-text mail as the configured user through the Gmail API ({@code users.messages.send}). */
public class Outbox {
    private final Gmail gmail;
    private final String user;

    Outbox(Gmail gmail, String user) {
        this.gmail = gmail;
        this.user = user;
    }

    /**
     * Sends one message and returns Gmail's id for it.
     *
     * @throws IOException as Google's client reports a refusal (a {@code GoogleJsonResponseException}, or the auth
     *                     library's exception when the refresh token no longer works)
     */
    public String send(String to, String subject, String text) throws IOException {
        String rfc822 = "From: " + user + "\r\nTo: " + to + "\r\nSubject: " + subject
                + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n";
        Message raw = new Message().encodeRaw(rfc822.getBytes(StandardCharsets.UTF_8));
        return gmail.users().messages().send("me", raw).execute().getId();
    }
}
