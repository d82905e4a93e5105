package dev.fakegmail.http.internal.web;

import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the inbox shows of a message, read with one parse: From, To, subject, whether it has attachments. A message
 * too malformed to parse still gets a row (from its envelope).
 *
 * @param message  the message
 * @param from     the {@code From:} as a person reads it, or the envelope's {@code MAIL FROM}
 * @param to       the {@code To:} addresses, or the envelope's recipients
 * @param subject  the decoded subject; empty when there is none
 * @param multipart whether the message is {@code multipart/mixed} (it normally has attachments then)
 */
record Summary(ReceivedMessage message, String from, String to, String subject, boolean multipart) {

    static Summary of(ReceivedMessage message) {
        try {
            MimeMessage parsed = message.mimeMessage();
            String from = message.from();
            String to = String.join(", ", message.to());
            return new Summary(message, from.isEmpty() ? message.envelope().mailFrom() : from,
                    to.isEmpty() ? envelopeTo(message) : to, subject(parsed), parsed.isMimeType("multipart/mixed"));
        } catch (MessagingException | RuntimeException e) {
            return new Summary(message, message.envelope().mailFrom(), envelopeTo(message), "", false);
        }
    }

    /**
     * Whether the search words match: each word (case-insensitive) must appear in an address (From, To, the
     * envelope's sender, recipients and account) or in the subject.
     */
    boolean matches(String query) {
        String haystack = Stream.concat(Stream.of(from, to, subject, message.envelope().account(),
                        message.envelope().mailFrom()), message.envelope().recipients().stream())
                .collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
        return List.of(query.toLowerCase(Locale.ROOT).trim().split("\\s+")).stream().allMatch(haystack::contains);
    }

    private static String subject(MimeMessage parsed) throws MessagingException {
        String subject = parsed.getSubject();
        return subject == null ? "" : subject;
    }

    private static String envelopeTo(ReceivedMessage message) {
        return String.join(", ", message.envelope().recipients());
    }
}
