package dev.fakegmail.http.internal.web;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message taken apart the way a mail reader shows it: the first HTML part, the first plain-text part (neither
 * marked as an attachment), and every other leaf part as an attachment, numbered from 1 in the order found.
 *
 * @param html        the first {@code text/html} body, decoded
 * @param text        the first {@code text/plain} body, decoded
 * @param attachments the other parts: attachments, inline images, attached messages
 */
record MessageParts(Optional<String> html, Optional<String> text, List<Attachment> attachments) {

    /**
     * One attached part.
     *
     * @param fileName    its file name, decoded; {@code part-N} when it has none
     * @param contentType its base MIME type, e.g. {@code application/pdf}
     * @param content     the decoded bytes
     */
    record Attachment(String fileName, String contentType, byte[] content) {
    }

    static MessageParts of(Part message) throws MessagingException, IOException {
        Walk walk = new Walk();
        walk.visit(message);
        return new MessageParts(Optional.ofNullable(walk.html), Optional.ofNullable(walk.text),
                List.copyOf(walk.attachments));
    }

    private static final class Walk {
        private String html;
        private String text;
        private final List<Attachment> attachments = new ArrayList<>();

        void visit(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    visit(multipart.getBodyPart(i));
                }
            } else if (!attached(part) && html == null && part.isMimeType("text/html")) {
                html = PartText.decode(part);
            } else if (!attached(part) && text == null && part.isMimeType("text/plain")) {
                text = PartText.decode(part);
            } else {
                attachments.add(new Attachment(fileName(part, attachments.size() + 1), baseType(part), bytes(part)));
            }
        }

        private static boolean attached(Part part) throws MessagingException {
            try {
                return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
            } catch (ParseException e) {
                return false;
            }
        }

        private static String fileName(Part part, int number) {
            try {
                String name = part.getFileName();
                if (name != null && !name.isBlank()) {
                    return MimeUtility.decodeText(name);
                }
            } catch (MessagingException | UnsupportedEncodingException e) {
                // an unreadable name: the part is still shown, under its number
            }
            return "part-" + number;
        }

        private static String baseType(Part part) {
            try {
                return new ContentType(part.getContentType()).getBaseType();
            } catch (MessagingException e) {
                return "application/octet-stream";
            }
        }

        private static byte[] bytes(Part part) throws MessagingException, IOException {
            try (InputStream in = part.getInputStream()) {
                return in.readAllBytes();
            }
        }
    }
}
