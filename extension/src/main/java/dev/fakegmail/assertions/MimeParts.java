package dev.fakegmail.assertions;

import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Properties;
import java.util.List;
import java.util.Optional;

/**
 * What the assertions read from a received message that {@link ReceivedMessage} has no accessor for: address
 * headers other than {@code To:}, the HTML body and the attachments. Parsed with Jakarta Mail on each call.
 */
final class MimeParts {
    private MimeParts() {
    }

    /** The {@code local@domain} addresses of an address header (group members expanded); empty when absent. */
    static List<String> addresses(ReceivedMessage message, String headerName) {
        List<String> values = message.header(headerName);
        if (values.isEmpty()) {
            return List.of();
        }
        try {
            List<String> addresses = new ArrayList<>();
            for (InternetAddress address : InternetAddress.parseHeader(String.join(", ", values), false)) {
                InternetAddress[] members = address.isGroup() ? address.getGroup(false) : new InternetAddress[] {address};
                for (InternetAddress member : members) {
                    addresses.add(member.getAddress());
                }
            }
            return List.copyOf(addresses);
        } catch (AddressException e) {
            throw new IllegalStateException("Cannot parse the " + headerName + " header of " + message + ": "
                    + e.getMessage(), e);
        }
    }

    /** The first {@code text/html} part found depth-first, attachments skipped, decoded; empty when there is none. */
    /** Whether the message as the client submitted it had a header {@code name} (case-insensitive). */
    static boolean submittedHasHeader(ReceivedMessage message, String name) {
        return read(message, () -> new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(message.submittedBytes())).getHeader(name) != null);
    }

    static Optional<String> html(ReceivedMessage message) {
        return read(message, () -> html(message.mimeMessage()));
    }

    /** Every attachment, depth-first, in message order. */
    static List<Attachment> attachments(ReceivedMessage message) {
        return read(message, () -> {
            List<Attachment> found = new ArrayList<>();
            collectAttachments(message.mimeMessage(), found);
            return List.copyOf(found);
        });
    }

    private static Optional<String> html(Part part) throws MessagingException, IOException {
        if (isAttachment(part)) {
            return Optional.empty();
        }
        if (part.isMimeType("text/html")) {
            return Optional.of(String.valueOf(part.getContent()));
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> found = html(multipart.getBodyPart(i));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static void collectAttachments(Part part, List<Attachment> found) throws MessagingException, IOException {
        if (isAttachment(part)) {
            found.add(new Attachment(Optional.ofNullable(part.getFileName()).orElse(""),
                    Optional.ofNullable(part.getContentType()).orElse("application/octet-stream"), bytes(part)));
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collectAttachments(multipart.getBodyPart(i), found);
            }
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        if (part instanceof MimeMessage) {
            return false;
        }
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                || part.getFileName() != null && !part.isMimeType("multipart/*");
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static <T> T read(ReceivedMessage message, Reader<T> reader) {
        try {
            return reader.read();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot parse the MIME structure of " + message + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read() throws MessagingException, IOException;
    }
}
