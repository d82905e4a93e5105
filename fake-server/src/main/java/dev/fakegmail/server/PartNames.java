package dev.fakegmail.server;

import dev.fakegmail.server.internal.mime.MimeSupport;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.util.Map;
import java.util.Optional;

/**
 * The file names of a message's parts ({@code docs/messages.md}): the name a part declares, decoded, or a stable
 * made-up one.
 */
final class PartNames {
    /** File name extensions of the types that commonly arrive without a name. */
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("text/plain", ".txt"), Map.entry("text/html", ".html"), Map.entry("text/csv", ".csv"),
            Map.entry("text/calendar", ".ics"), Map.entry("message/rfc822", ".eml"),
            Map.entry("application/pdf", ".pdf"), Map.entry("application/zip", ".zip"),
            Map.entry("image/png", ".png"), Map.entry("image/jpeg", ".jpg"), Map.entry("image/gif", ".gif"));
    /** What Gmail calls an unnamed calendar part (an invitation). */
    private static final String INVITATION = "invite.ics";
    private static final int MAX_SUBJECT_NAME = 100;

    private PartNames() {
    }

    /**
     * The name the part declares: {@code Content-Disposition}'s {@code filename}, else {@code Content-Type}'s
     * {@code name}; RFC 2231 parameters (charset, continuations) are decoded by Jakarta Mail, RFC 2047 encoded words
     * (which many mailers put there) here. Empty when absent, blank or unparseable.
     */
    static Optional<String> declared(Part part) {
        String name;
        try {
            name = part.getFileName();
        } catch (MessagingException e) {
            return Optional.empty();
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(name.contains("=?") ? MimeUtility.decodeText(name) : name);
        } catch (UnsupportedEncodingException e) {
            return Optional.of(name);
        }
    }

    /**
     * A name for a part that declares none: an attached message is named after its subject ({@code Minutes.eml}),
     * a calendar {@code invite.ics} as Gmail does; anything else {@code prefix-N} with its type's extension
     * ({@code attachment-2.pdf}), N its place (from 1) among the parts of its kind.
     */
    static String madeUp(String prefix, int number, String contentType, byte[] content) {
        if (contentType.equals("message/rfc822")) {
            Optional<String> subject = subjectOf(content);
            if (subject.isPresent()) {
                return subject.get() + ".eml";
            }
        }
        if (contentType.equals("text/calendar")) {
            return INVITATION;
        }
        return prefix + "-" + number + EXTENSIONS.getOrDefault(contentType, "");
    }

    /** The attached message's subject as a file name: characters no file system takes become {@code _}. */
    private static Optional<String> subjectOf(byte[] message) {
        try {
            String subject = MimeSupport.subject(MimeSupport.parse(message)).strip();
            String safe = subject.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
            String shortened = safe.length() > MAX_SUBJECT_NAME ? safe.substring(0, MAX_SUBJECT_NAME) : safe;
            return shortened.isBlank() ? Optional.empty() : Optional.of(shortened);
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }
}
